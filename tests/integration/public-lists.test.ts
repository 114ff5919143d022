import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import type { Database } from '@/lib/database/prisma-client';
import { listPublishedClaims } from '@/lib/claims/list-published-claims';
import { maxTopicsPerClaim } from '@/lib/claims/claim-schema';
import { listPosition } from '@/lib/public-site/list-position';
import { listSourcesForReaders, listTopicsForReaders, sourcesPageLength, topicsPageLength } from '@/lib/public-site/reference-pages';
import { decideOnClaim } from '@/lib/reviews/decide';
import { createActor, uniqueUrl } from '../setup/actors';
import { claimFixtures, claimInput } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

let db: Database;
let editor: Actor;
let reviewer: Actor;
let sourceListed: { id: string; title: string; publisher: string };
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
  sourceListed = sources[5];
  const share = Math.ceil(sources.length / 3);
  for (let claim = 0; claim < 3; claim++) {
    const cited = sources.slice(claim * share, (claim + 1) * share);
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
      if (!page) throw new Error(`no page after ${after}`);
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

  it('starts a page at its position even when the source there is not listed, and takes nothing else for one', async () => {
    // Same publisher and title as a listed source, created later (a greater id): just after it in the order.
    const unlisted = await db.source.create({
      data: { title: sourceListed.title, url: uniqueUrl('unlisted'), publisher: sourceListed.publisher, kind: 'BLOG', grade: 'E', createdById: editor.id },
    });
    const afterListed = await listSourcesForReaders(listPosition([sourceListed.publisher, sourceListed.title, sourceListed.id]));
    const afterUnlisted = await listSourcesForReaders(listPosition([unlisted.publisher, unlisted.title, unlisted.id]));
    expect(afterUnlisted?.sources[0]).toEqual(afterListed?.sources[0]);
    expect(afterUnlisted?.sources.map((source) => source.id)).not.toContain(unlisted.id);
    for (const after of [sourceListed.id, listPosition([sourceListed.publisher, sourceListed.title]), listPosition([sourceListed.publisher, sourceListed.title, 'x']), 'not base64!']) {
      expect(await listSourcesForReaders(after)).toBeNull();
    }
  });
});

describe('the topic list, /topics', () => {
  let filed: { id: string; slug: string; title: string }[];
  beforeAll(async () => {
    const fixtures = await claimFixtures(db, editor);
    // More topics in published use than one page holds, filed under by approved claims.
    filed = await Promise.all(
      Array.from({ length: topicsPageLength + 20 }, (_, index) =>
        db.topic.create({ data: { slug: `dossier-${index}-${fixtures.tag}`, title: `Dossier ${index} ${fixtures.tag}`, summary: `What dossier ${index} covers` } }),
      ),
    );
    for (let first = 0; first < filed.length; first += maxTopicsPerClaim) {
      const { id } = await createClaim(editor, claimInput(fixtures, { topicIds: filed.slice(first, first + maxTopicsPerClaim).map((topic) => topic.id) }));
      await submitClaim(editor, id, { version: 1 });
      await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
    }
  });

  it('pages through every topic a published claim is filed under, each once, in order, and no other', async () => {
    const seen: { slug: string; title: string; summary: string }[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listTopicsForReaders>> = await listTopicsForReaders(after);
      if (!page) throw new Error(`no page after ${after}`);
      expect(page.topics.length).toBeLessThanOrEqual(topicsPageLength);
      seen.push(...page.topics);
      after = page.nextAfter;
    } while (after);
    const expected = await db.topic.findMany({
      where: { claimVersions: { some: { claimVersion: { publishedOf: { isNot: null } } } } },
      orderBy: [{ title: 'asc' }, { slug: 'asc' }],
      select: { slug: true, title: true, summary: true },
    });
    expect(expected.length).toBeGreaterThan(topicsPageLength);
    expect(seen).toEqual(expected);
    expect(seen.map((topic) => topic.slug)).toEqual(expect.arrayContaining(filed.map((topic) => topic.slug)));
  });

  it('starts a page at its position even when the topic there is not listed, and ends after the last', async () => {
    // Same title as a listed topic and a longer slug: just after it in the order, and filed under by no claim.
    const unlisted = await db.topic.create({ data: { slug: `${filed[5].slug}-draft`, title: filed[5].title, summary: '' } });
    const afterListed = await listTopicsForReaders(listPosition([filed[5].title, filed[5].slug]));
    const afterUnlisted = await listTopicsForReaders(listPosition([unlisted.title, unlisted.slug]));
    expect(afterUnlisted?.topics[0]).toEqual(afterListed?.topics[0]);
    expect(afterUnlisted?.topics.map((topic) => topic.slug)).not.toContain(unlisted.slug);
    const last = (await db.topic.findMany({ where: { publishedClaims: { some: {} } }, orderBy: [{ title: 'desc' }, { slug: 'desc' }], take: 1 }))[0];
    expect(await listTopicsForReaders(listPosition([last.title, last.slug]))).toEqual({ topics: [], nextAfter: null });
    for (const after of [filed[5].slug, listPosition([filed[5].title]), listPosition([filed[5].title, 5 as unknown as string])]) {
      expect(await listTopicsForReaders(after)).toBeNull();
    }
  });
});
