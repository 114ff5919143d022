import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '@/lib/auth/create-auth';
import { createPrismaClient, type Database } from '@/lib/database/prisma-client';
import { nameMatchKey } from '@/lib/entities/normalize-name';
import { demoAccounts } from '@/prisma/demo/accounts';
import { isDatabaseEmpty, loadDemo } from '@/prisma/demo/load-demo';
import { freshDatabase } from '../setup/databases';

let db: Database;

beforeAll(async () => {
  db = createPrismaClient(await freshDatabase('demo'));
  expect(await isDatabaseEmpty(db)).toBe(true);
  await loadDemo(db, createAuth(db));
});
afterAll(() => db.$disconnect());

const statementOf = async (id: string | null) =>
  id ? (await db.claimVersion.findUniqueOrThrow({ where: { id } })).statement : null;

describe('the demo record', () => {
  it('is no longer empty once loaded', async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('has the demo accounts with their roles', async () => {
    const users = await db.user.findMany({ select: { email: true, role: true } });
    expect(users).toEqual(expect.arrayContaining(demoAccounts.map(({ email, role }) => ({ email, role }))));
  });

  it('has the four articles and the outlets they cite, with reporting chains', async () => {
    const sources = await db.source.findMany({ include: { derivedFrom: true } });
    const titled = (part: RegExp) => sources.find((source) => part.test(source.publisher) || part.test(source.title));
    for (const outlet of [/Al-Monitor/, /Rantburg/, /Long War Journal/, /Syrian Intifada|Orton/, /Magharebia/, /El Khabar/, /SITE/, /Ansar al.Sharia/]) {
      expect(titled(outlet), String(outlet)).toBeTruthy();
    }
    expect(sources.filter((source) => source.snapshot)).toHaveLength(4);
    // Rantburg reposts Magharebia, which cites El Khabar: one report, not three.
    const rantburg = titled(/Rantburg/)!;
    expect(rantburg.derivedFrom?.publisher).toMatch(/Magharebia/);
    const magharebia = sources.find((source) => source.id === rantburg.derivedFromId)!;
    expect(magharebia.derivedFrom?.publisher).toMatch(/El Khabar/);
    expect(titled(/Long War Journal/)!.derivedFrom?.publisher).toMatch(/SITE/);
  });

  it('has at least 12 entities whose aliases include the corpus spellings', async () => {
    expect(await db.entity.count()).toBeGreaterThanOrEqual(12);
    const entityOf = async (spelling: string) =>
      (await db.entityAlias.findFirst({ where: { matchKey: nameMatchKey(spelling) }, include: { entity: true } }))?.entity.name;
    expect(await entityOf('al-Asemi')).toBe(await entityOf('al-Assimi'));
    expect(await entityOf('Zawahri')).toBe(await entityOf('Ayman al Zawahiri'));
    expect(await entityOf('Abdalmalek Droukdel')).toBe(await entityOf('Abdelmalek Droukdel'));
    expect(await entityOf('al-Asemi')).toBeTruthy();
    const gspc = await db.entityAlias.findFirst({ where: { alias: 'GSPC' } });
    expect(gspc?.validTo).toBeTruthy();
  });

  it('quotes its sources verbatim: every claim has a quote found word for word in a stored article', async () => {
    const claims = await db.claim.findMany({
      include: { currentVersion: { include: { citations: { include: { source: { select: { snapshot: true, title: true } } } } } } },
    });
    expect(claims.length).toBeGreaterThanOrEqual(15);
    for (const claim of claims) {
      const citations = claim.currentVersion!.citations;
      expect(citations.length, claim.currentVersion!.statement).toBeGreaterThan(0);
      expect(citations.some((citation) => citation.source.snapshot?.includes(citation.quote))).toBe(true);
      for (const citation of citations.filter((c) => c.source.snapshot)) {
        expect(citation.source.snapshot, `${citation.source.title}: ${citation.quote}`).toContain(citation.quote);
      }
    }
  });

  it('mixes statuses so the review queue and the editors’ drafts have content', async () => {
    const counts = Object.fromEntries(
      (await db.claim.groupBy({ by: ['status'], _count: true })).map((row) => [row.status, row._count]),
    );
    expect(counts.APPROVED).toBeGreaterThanOrEqual(8);
    for (const status of ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'RETRACTED']) expect(counts[status], status).toBeGreaterThan(0);
  });

  it('publishes only approved work, signed off by someone other than its author', async () => {
    const claims = await db.claim.findMany({ include: { reviews: true } });
    for (const claim of claims) {
      const approvals = claim.reviews.filter((review) => review.decision === 'APPROVE');
      expect(Boolean(claim.publishedVersionId)).toBe(['APPROVED', 'RETRACTED'].includes(claim.status));
      if (claim.publishedVersionId) {
        expect(approvals.some((review) => review.claimVersionId === claim.publishedVersionId)).toBe(true);
        expect(approvals.every((review) => review.reviewerId !== claim.authorId)).toBe(true);
      }
    }
    const links = await db.claimLink.findMany({ include: { claimA: true, claimB: true } });
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links.filter((l) => l.publishedVersionId)) {
      expect(link.claimA.publishedVersionId && link.claimB.publishedVersionId).toBeTruthy();
    }
  });

  it('shows the headline contradiction, approved, with its resolution', async () => {
    const links = await db.claimLink.findMany({
      where: { kind: 'CONTRADICTS', status: 'APPROVED' },
      include: { claimA: true, claimB: true, publishedVersion: true },
    });
    const statements = await Promise.all(
      links.map(async (link) => [await statementOf(link.claimA.publishedVersionId), await statementOf(link.claimB.publishedVersionId), link] as const),
    );
    const headline = statements.find(
      ([a, b]) => [a, b].includes('AQIM backs ISIS') && [a, b].includes('AQIM reaffirms allegiance to Zawahiri'),
    );
    expect(headline).toBeTruthy();
    const [, , link] = headline!;
    expect(link.claimA.status).toBe('APPROVED');
    expect(link.claimB.status).toBe('APPROVED');
    expect(link.publishedVersion?.resolution).toBe('BOTH_PARTLY');
    expect(link.publishedVersion?.resolutionNote).toMatch(/Zawahiri/);
  });

  it('writes an audit event for every claim and link it creates', async () => {
    const [claims, links, claimEvents, linkEvents] = await Promise.all([
      db.claim.count(),
      db.claimLink.count(),
      db.auditEvent.count({ where: { action: 'claim.create' } }),
      db.auditEvent.count({ where: { action: 'link.create' } }),
    ]);
    expect(claimEvents).toBe(claims);
    expect(linkEvents).toBe(links);
  });
});
