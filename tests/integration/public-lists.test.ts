import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import type { Database } from '@/lib/database/prisma-client';
import { listPublishedClaims } from '@/lib/claims/list-published-claims';
import { listSourcesForReaders, sourcesPageLength } from '@/lib/public-site/reference-pages';
import { decideOnClaim } from '@/lib/reviews/decide';
import { createActor, uniqueUrl } from '../setup/actors';
import { claimFixtures, claimInput } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

let db: Database;
let editor: Actor;
let reviewer: Actor;
const newest: Record<string, string> = {};

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  const fixtures = await claimFixtures(db, editor);
  // More sources in published use than one page holds, cited by three approved claims; one more only by a draft.
  const sources = await Promise.all(
    Array.from({ length: sourcesPageLength + 20 }, (_, index) =>
      db.source.create({ data: { title: `Bulletin ${index} ${fixtures.tag}`, url: uniqueUrl('bulletin'), publisher: `Wire ${fixtures.tag}`, kind: 'NEWS_REPORT', grade: 'C', createdById: editor.id } }),
    ),
  );
  for (let claim = 0; claim < 3; claim++) {
    const cited = sources.slice(claim * 40, claim * 40 + 40);
    const { id } = await createClaim(editor, claimInput(fixtures, { citations: cited.map((source) => ({ sourceId: source.id, quote: `bulletin ${claim}` })) }));
    await submitClaim(editor, id, { version: 1 });
    await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
  }
  const unpublished = await db.source.create({ data: { title: `Draft only ${fixtures.tag}`, url: uniqueUrl('draft'), publisher: 'Wire', kind: 'BLOG', grade: 'E', createdById: editor.id } });
  await createClaim(editor, claimInput(fixtures, { citations: [{ sourceId: unpublished.id, quote: 'draft' }] }));
});
afterAll(() => db.$disconnect());

/** A day this many days before today, as no other test dates a claim: these are the newest claims in the database. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const fixtures = await claimFixtures(db, editor);
  const claim = async (claimedAt: string, approve: boolean) => {
    const { id } = await createClaim(editor, claimInput(fixtures, { claimedAt }));
    if (!approve) return id;
    await submitClaim(editor, id, { version: 1 });
    await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
    return id;
  };
  newest.older = await claim(daysAgo(3), true);
  [newest.first, newest.second] = [await claim(daysAgo(2), true), await claim(daysAgo(2), true)].sort();
  newest.draft = await claim(daysAgo(1), false);
});

describe('the newest published claims, on the home page', () => {
  it('come newest assertion first, the claims of one day in id order, and no draft', async () => {
    const claims = await listPublishedClaims({ take: 3 });
    expect(claims.map((claim) => claim.id)).toEqual([newest.first, newest.second, newest.older]);
    expect(claims[0].publishedVersion?.claimedAt.toISOString().slice(0, 10)).toBe(daysAgo(2));
  });
});

describe('the source list, /sources', () => {
  it('pages through every source a published claim cites, each once, in order, and no other', async () => {
    const seen: { id: string; publisher: string; title: string }[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listSourcesForReaders>> = await listSourcesForReaders(after);
      expect(page.sources.length).toBeLessThanOrEqual(sourcesPageLength);
      seen.push(...page.sources);
      after = page.nextAfter;
    } while (after);
    const expected = await db.source.findMany({
      where: { citations: { some: { claimVersion: { publishedOf: { isNot: null } } } } },
      orderBy: [{ publisher: 'asc' }, { title: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(sourcesPageLength);
    expect(seen.map((source) => source.id)).toEqual(expected.map((source) => source.id));
  });
});
