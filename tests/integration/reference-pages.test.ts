import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { getPublishedContradiction } from '@/lib/claims/get-published-contradiction';
import { submitClaim } from '@/lib/claims/submit-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { Database } from '@/lib/database/prisma-client';
import { createLink } from '@/lib/links/create-link';
import { submitLink } from '@/lib/links/update-link';
import { getEntityForReaders, getSourceForReaders, getTopicForReaders, listTopicFilterForReaders, recentClaimsCounted, topicNamed } from '@/lib/public-site/reference-pages';
import { claimListLength, latestPublishedClaims } from '@/lib/public-site/latest-published-claims';
import { publicSourceSelect, sourceInPublishedUse } from '@/lib/public-api/reference-lists';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';
import { createActor } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

// The public pages of an entity, a source and a topic list only published claims, the latest of them when there
// are many; a contradiction's page shows both published claims.

let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;
const statements: Record<string, string> = {};

async function claim(label: string, claimedAt: string, state: 'draft' | 'review' | 'published') {
  statements[label] = `${label} (${fixtures.tag})`;
  const created = await createClaim(editor, claimInput(fixtures, { statement: statements[label], claimedAt }));
  if (state !== 'draft') await submitClaim(editor, created.id, { version: 1 });
  if (state === 'published') await decideOnClaim(reviewer, created.id, { version: 1, decision: 'APPROVE' });
  return created.id;
}

/** A CONTRADICTS link from claim A to claim B, in review or published; its id. */
async function contradiction(claimAId: string, claimBId: string, state: 'review' | 'published') {
  const { id } = await createLink(editor, { claimAId, claimBId, kind: 'CONTRADICTS', note: `Cannot both hold (${fixtures.tag})` });
  await submitLink(editor, id, { version: 1 });
  if (state === 'published') await decideOnLink(reviewer, id, { version: 1, decision: 'APPROVE' });
  return id;
}

const listed = (claims: { publishedVersion: { statement: string } }[]) => claims.map((line) => line.publishedVersion.statement);

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
  await claim('oldest', '2014-01-01', 'published');
  await claim('middle', '2014-02-01', 'published');
  const edited = await claim('newest', '2014-03-01', 'published');
  // Drafts and claims in review, however recent, never show; nor does an unapproved edit of a published claim.
  await claim('a draft', '2015-01-01', 'draft');
  await claim('in review', '2015-02-01', 'review');
  await updateClaim(editor, edited, { version: 1, statement: `an unapproved edit (${fixtures.tag})`, claimedAt: '2015-03-01' });
});
afterAll(() => db.$disconnect());

describe('the claims of an entity, a source or a topic', () => {
  it('list every published claim, oldest first, when there are few', async () => {
    const published = [statements.oldest, statements.middle, statements.newest];
    const entity = await getEntityForReaders(fixtures.aqim.slug);
    expect(listed(entity!.claims)).toEqual(published);
    expect(entity!.hasEarlierClaims).toBe(false);
    const source = await getSourceForReaders(fixtures.source.id);
    expect(listed(source!.claims)).toEqual(published);
    expect(source!.hasEarlierClaims).toBe(false);
    const topic = await getTopicForReaders(fixtures.topic.slug);
    expect(listed(topic!.claims)).toEqual(published);
  });

  it('list the latest published claims and say there are more, never a draft, a claim in review or an unapproved edit', async () => {
    const latest = await latestPublishedClaims({ entity: fixtures.aqim.id }, 2);
    expect(listed(latest.claims)).toEqual([statements.middle, statements.newest]);
    expect(latest.hasEarlierClaims).toBe(true);
    const all = await latestPublishedClaims({ entity: fixtures.aqim.id }, 3);
    expect(all.hasEarlierClaims).toBe(false);
  });

  it('give each line as Prisma’s select of it gives it, and a topic’s published contradictions among its claims', async () => {
    const bare = await createClaim(editor, claimInput(fixtures, { statement: `bare (${fixtures.tag})`, claimedAt: '2013-12-01', subjectId: null, relation: null, objectId: null, polarity: null }));
    await submitClaim(editor, bare.id, { version: 1 });
    await decideOnClaim(reviewer, bare.id, { version: 1, decision: 'APPROVE' });
    const retracted = await claim('retracted', '2014-05-01', 'published');
    const unreviewed = await claim('in an unreviewed link', '2014-06-01', 'published');
    const published = await contradiction(bare.id, retracted, 'published');
    await contradiction(bare.id, unreviewed, 'review');
    // A link approved before one of its claims was retracted stays on the topic's page, beside the marked claim.
    await decideOnClaim(reviewer, retracted, { version: 1, decision: 'RETRACT', note: 'A forgery' });

    const topic = await getTopicForReaders(fixtures.topic.slug);
    const versions = await db.claimVersion.findMany({
      where: { publishedOf: { isNot: null }, topics: { some: { topicId: fixtures.topic.id } } },
      orderBy: [{ claimedAt: 'asc' }, { id: 'asc' }],
      select: {
        statement: true,
        claimedAt: true,
        credibility: true,
        subject: { select: { slug: true, name: true } },
        object: { select: { slug: true, name: true } },
        publishedOf: { select: { id: true, status: true } },
      },
    });
    expect(topic!.claims).toEqual(versions.map(({ publishedOf, ...version }) => ({ ...publishedOf!, publishedVersion: version })));
    expect(topic!.claims.find((line) => line.id === bare.id)?.publishedVersion).toMatchObject({ subject: null, object: null, claimedAt: new Date('2013-12-01T00:00:00Z') });
    expect(topic!.claims.find((line) => line.id === retracted)?.status).toBe('RETRACTED');
    expect(topic!.contradictions).toEqual([{ id: published, claimAId: bare.id, claimBId: retracted, status: 'APPROVED' }]);
  });

  it('move a claim to another topic’s page when an edit filing it there is approved, and not before', async () => {
    const moved = await db.topic.create({ data: { slug: `moved-${fixtures.tag}`, title: `Moved ${fixtures.tag}`, summary: '' } });
    const { id } = await createClaim(editor, claimInput(fixtures, { statement: `refiled (${fixtures.tag})`, claimedAt: '2013-06-01' }));
    await submitClaim(editor, id, { version: 1 });
    await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
    const onPage = async (slug: string) => {
      const topic = await db.topic.findUniqueOrThrow({ where: { slug } });
      return (await latestPublishedClaims({ topic: topic.id })).claims.some((claim) => claim.id === id);
    };
    expect(await onPage(fixtures.topic.slug)).toBe(true);
    await updateClaim(editor, id, { version: 1, topicIds: [moved.id] });
    await submitClaim(editor, id, { version: 2 });
    expect([await onPage(fixtures.topic.slug), await onPage(moved.slug)]).toEqual([true, false]);
    await decideOnClaim(reviewer, id, { version: 2, decision: 'APPROVE' });
    expect([await onPage(fixtures.topic.slug), await onPage(moved.slug)]).toEqual([false, true]);
  });
});

describe('an entity’s page', () => {
  it('gives the entity and its names with their dates as Prisma reads them, and nothing for one only a draft names', async () => {
    await db.entityAlias.updateMany({ where: { entityId: fixtures.aqim.id, alias: { startsWith: 'GSPC' } }, data: { validFrom: new Date('1998-09-01'), validTo: new Date('2007-01-24') } });
    const stored = await db.entity.findUniqueOrThrow({
      where: { id: fixtures.aqim.id },
      select: { id: true, slug: true, name: true, description: true, aliases: { orderBy: { alias: 'asc' }, select: { alias: true, validFrom: true, validTo: true } } },
    });
    const entity = await getEntityForReaders(fixtures.aqim.slug);
    expect(entity).toMatchObject(stored);
    expect(entity?.aliases.find((alias) => alias.alias.startsWith('GSPC'))).toMatchObject({ validFrom: new Date('1998-09-01T00:00:00Z'), validTo: new Date('2007-01-24T00:00:00Z') });
    const unnamed = await db.entity.create({ data: { slug: `only-in-a-draft-${fixtures.tag}`, name: `Only in a draft ${fixtures.tag}`, kind: 'ORGANIZATION', createdById: editor.id } });
    await createClaim(editor, claimInput(fixtures, { statement: `names a new group (${fixtures.tag})`, subjectId: unnamed.id }));
    expect(await getEntityForReaders(unnamed.slug)).toBeNull();
    expect(await getEntityForReaders('no-such-entity')).toBeNull();
  });
  it('moves a claim to another entity’s page when an edit naming it instead is approved, and not before', async () => {
    const { id } = await createClaim(editor, claimInput(fixtures, { statement: `another object (${fixtures.tag})` }));
    await submitClaim(editor, id, { version: 1 });
    await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
    const onPages = async () =>
      Promise.all([fixtures.zawahiri.id, fixtures.isis.id].map(async (entity) => (await latestPublishedClaims({ entity })).claims.some((claim) => claim.id === id)));
    expect(await onPages()).toEqual([true, false]);
    await updateClaim(editor, id, { version: 1, objectId: fixtures.isis.id });
    await submitClaim(editor, id, { version: 2 });
    expect(await onPages()).toEqual([true, false]);
    await decideOnClaim(reviewer, id, { version: 2, decision: 'APPROVE' });
    expect(await onPages()).toEqual([false, true]);
  });

  it('is gone once the only published claim naming the entity names another instead', async () => {
    const named = await db.entity.create({ data: { slug: `named-once-${fixtures.tag}`, name: `Named once ${fixtures.tag}`, kind: 'ORGANIZATION', createdById: editor.id } });
    const { id } = await createClaim(editor, claimInput(fixtures, { statement: `names it once (${fixtures.tag})`, objectId: named.id }));
    await submitClaim(editor, id, { version: 1 });
    await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
    expect((await getEntityForReaders(named.slug))?.claims.map((claim) => claim.id)).toEqual([id]);
    await updateClaim(editor, id, { version: 1, objectId: fixtures.isis.id });
    await submitClaim(editor, id, { version: 2 });
    await decideOnClaim(reviewer, id, { version: 2, decision: 'APPROVE' });
    expect(await getEntityForReaders(named.slug)).toBeNull();
  });
});

describe('a source’s page', () => {
  it('gives the source as Prisma reads it and its reporting chain to the origin, each source once; nothing for one only a draft cites', async () => {
    const source = (title: string, derivedFromId: string | null) =>
      db.source.create({ data: { title: `${title} ${fixtures.tag}`, publisher: title, kind: 'NEWS_REPORT', grade: 'C', publishedAt: new Date('2015-07-14'), derivedFromId, createdById: editor.id } });
    const origin = await source('Origin', null);
    const outlet = await source('Outlet', origin.id);
    const repost = await source('Repost', outlet.id);
    const cited = await createClaim(editor, claimInput(fixtures, { statement: `cites a repost (${fixtures.tag})`, citations: [{ sourceId: repost.id, quote: 'as reported' }] }));
    await submitClaim(editor, cited.id, { version: 1 });
    const chainOf = async (id: string) => (await getSourceForReaders(id))?.chain.map((step) => step.publisher);
    expect(await chainOf(repost.id)).toBeUndefined();
    await decideOnClaim(reviewer, cited.id, { version: 1, decision: 'APPROVE' });

    const page = await getSourceForReaders(repost.id.toUpperCase());
    expect(page).toMatchObject(await db.source.findUniqueOrThrow({ where: { id: repost.id }, select: publicSourceSelect }));
    expect(page?.chain).toEqual([outlet, origin].map(({ id, title, publisher, grade }) => ({ id, title, publisher, grade })));
    expect(listed(page!.claims)).toEqual([`cites a repost (${fixtures.tag})`]);
    // The rules refuse a loop (sources.test.ts); one written past them still ends, listing each source once.
    await db.source.update({ where: { id: origin.id }, data: { derivedFromId: repost.id } });
    expect(await chainOf(repost.id)).toEqual(['Outlet', 'Origin', 'Repost']);
    expect(await getSourceForReaders(outlet.id)).toBeNull();
    expect(await getSourceForReaders('not-a-source')).toBeNull();
  });

  it('is gone, and off the lists of sources, once an approved edit cites another source instead', async () => {
    const dropped = await db.source.create({ data: { title: `Dropped ${fixtures.tag}`, publisher: 'Dropped', kind: 'NEWS_REPORT', grade: 'D', createdById: editor.id } });
    const { id } = await createClaim(editor, claimInput(fixtures, { statement: `cites it once (${fixtures.tag})`, citations: [{ sourceId: dropped.id, quote: 'said once' }] }));
    await submitClaim(editor, id, { version: 1 });
    await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
    const listed = async () => (await db.source.findMany({ where: sourceInPublishedUse, select: { id: true } })).some((source) => source.id === dropped.id);
    expect([(await getSourceForReaders(dropped.id))?.claims.map((claim) => claim.id), await listed()]).toEqual([[id], true]);
    await updateClaim(editor, id, { version: 1, citations: [{ sourceId: fixtures.source.id, quote: 'said elsewhere' }] });
    await submitClaim(editor, id, { version: 2 });
    expect(await listed()).toBe(true);
    await decideOnClaim(reviewer, id, { version: 2, decision: 'APPROVE' });
    expect([await getSourceForReaders(dropped.id), await listed()]).toEqual([null, false]);
  });
});

describe('the topics the search page offers as a filter', () => {
  it('are those published claims are filed under; not a topic only a draft or an unapproved edit uses', async () => {
    const draftOnly = await db.topic.create({ data: { slug: `draft-only-${fixtures.tag}`, title: `Draft only ${fixtures.tag}`, summary: '' } });
    const draft = await createClaim(editor, claimInput(fixtures, { statement: `filed as a draft (${fixtures.tag})`, topicIds: [draftOnly.id] }));
    await submitClaim(editor, draft.id, { version: 1 });
    const { topics, cut } = await listTopicFilterForReaders();
    expect(cut).toBe(false);
    expect(topics).toContainEqual({ slug: fixtures.topic.slug, title: fixtures.topic.title });
    expect(topics.map((topic) => topic.slug)).not.toContain(draftOnly.slug);
    expect(await topicNamed(fixtures.topic.slug)).toEqual({ slug: fixtures.topic.slug, title: fixtures.topic.title });
    expect(await topicNamed(draftOnly.slug)).toBeNull();
  });

  it('are, when cut, those the newest published claims are most often filed under, then the rest by title', async () => {
    const [busy, quieter] = await Promise.all(
      ['busy', 'quieter'].map((name) => db.topic.create({ data: { slug: `${name}-${fixtures.tag}`, title: `${name} ${fixtures.tag}`, summary: '' } })),
    );
    for (const topicIds of [[busy.id], [busy.id, quieter.id]]) {
      const filed = await createClaim(editor, claimInput(fixtures, { statement: `filed for the topic filter (${topicIds.length}, ${fixtures.tag})`, topicIds }));
      await submitClaim(editor, filed.id, { version: 1 });
      await decideOnClaim(reviewer, filed.id, { version: 1, decision: 'APPROVE' });
    }
    // The expected order, counted here from the rows themselves.
    const filed = await db.$queryRaw<{ topicId: string }[]>`
      SELECT pt."topicId" FROM (SELECT "claimId" FROM "PublishedClaimSearch" ORDER BY "claimedAt" DESC, "claimId" DESC LIMIT ${recentClaimsCounted}) recent
      JOIN "PublishedClaimTopic" pt ON pt."claimId" = recent."claimId"`;
    const counts = new Map<string, number>();
    for (const { topicId } of filed) counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
    const inUse = await db.topic.findMany({ where: { publishedClaims: { some: {} } }, select: { id: true, slug: true, title: true } });
    const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const ranked = inUse.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || byCode(a.title, b.title) || byCode(a.slug, b.slug));
    expect(counts.get(busy.id)).toBe((counts.get(quieter.id) ?? 0) + 1);
    for (const length of [1, 2, 3, ranked.length]) {
      const expected = ranked.slice(0, length).map(({ slug, title }) => ({ slug, title })).sort((a, b) => byCode(a.title, b.title) || byCode(a.slug, b.slug));
      expect(await listTopicFilterForReaders(length)).toEqual({ topics: expected, cut: length < ranked.length });
    }
  });

  it('are cut to the length asked for, and say so', async () => {
    const quiet = await db.topic.create({ data: { slug: `quiet-${fixtures.tag}`, title: `Quiet ${fixtures.tag}`, summary: '' } });
    const filed = await createClaim(editor, claimInput(fixtures, { statement: `filed under a quiet topic (${fixtures.tag})`, topicIds: [quiet.id] }));
    await submitClaim(editor, filed.id, { version: 1 });
    await decideOnClaim(reviewer, filed.id, { version: 1, decision: 'APPROVE' });
    const all = await listTopicFilterForReaders();
    const one = await listTopicFilterForReaders(1);
    expect(one.cut).toBe(true);
    expect(one.topics).toHaveLength(1);
    expect(all.topics).toContainEqual(one.topics[0]);
  });
});

describe('a contradiction', () => {
  it('show both claims once the link and both claims are published, and nothing before', async () => {
    const a = await createClaim(editor, claimInput(fixtures));
    const b = await createClaim(editor, claimInput(fixtures, { statement: `AQIM backs ISIS (${fixtures.tag})`, objectId: fixtures.isis.id }));
    await Promise.all([submitClaim(editor, a.id, { version: 1 }), submitClaim(editor, b.id, { version: 1 })]);
    const link = await createLink(editor, { claimAId: a.id, claimBId: b.id, kind: 'CONTRADICTS', note: 'One emir at a time' });
    await submitLink(editor, link.id, { version: 1 });
    await decideOnLink(reviewer, link.id, { version: 1, decision: 'APPROVE' });
    await decideOnClaim(reviewer, a.id, { version: 1, decision: 'APPROVE' });
    expect(await getPublishedContradiction(link.id)).toBeNull();
    await decideOnClaim(reviewer, b.id, { version: 1, decision: 'APPROVE' });
    const contradiction = await getPublishedContradiction(link.id);
    expect(contradiction).toMatchObject({ id: link.id, note: 'One emir at a time', signOff: { reviewer: { name: reviewer.name } }, retraction: null });
    expect(contradiction?.claimA.version.statement).toBe(a.statement);
    expect(contradiction?.claimB.version.statement).toBe(b.statement);
    expect(contradiction?.claimB.signOff?.reviewer.name).toBe(reviewer.name);
  });
});

describe('a page with more published claims than it lists', () => {
  it('lists the latest, oldest of them first, and says there are earlier ones, on an entity’s, a source’s and a topic’s page, with the topic’s contradictions among them', async () => {
    const named = await db.entity.create({ data: { slug: `many-claims-${fixtures.tag}`, name: `Many claims ${fixtures.tag}`, kind: 'ORGANIZATION', createdById: editor.id } });
    // One more than a page lists, each claimed a day after the last, and later than every other claim here.
    const days = Array.from({ length: claimListLength + 1 }, (_, index) => new Date(Date.UTC(2016, 0, 1 + index)).toISOString().slice(0, 10));
    const made = await Promise.all(
      days.map(async (day) => {
        const statement = `claimed on ${day} (${fixtures.tag})`;
        const { id } = await createClaim(editor, claimInput(fixtures, { statement, claimedAt: day, subjectId: named.id }));
        await submitClaim(editor, id, { version: 1 });
        await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
        return { id, statement };
      }),
    );
    // The topic's page shows the published contradictions between two of the claims it lists, and no other: the
    // oldest claim it lists and the newest are both among them, the one before the list is not.
    const [unlisted, oldestListed, second, third] = made.map((claim) => claim.id);
    const newestListed = made.at(-1)!.id;
    const between = [[newestListed, oldestListed], [second, third]];
    const shown = await Promise.all(between.map(async ([claimAId, claimBId]) => ({ id: await contradiction(claimAId, claimBId, 'published'), claimAId, claimBId, status: 'APPROVED' })));
    await contradiction(unlisted, second, 'published');
    await contradiction(third, unlisted, 'published');

    const topic = await getTopicForReaders(fixtures.topic.slug);
    const pages = [await getEntityForReaders(named.slug), await getSourceForReaders(fixtures.source.id), topic];
    for (const page of pages) {
      expect(listed(page!.claims)).toEqual(made.slice(1).map((claim) => claim.statement));
      expect(page!.hasEarlierClaims).toBe(true);
    }
    expect(topic!.contradictions).toEqual(shown.toSorted((a, b) => (a.id < b.id ? -1 : 1)));
  });
});
