import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as searchRoute from '@/app/api/v1/search/route';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import { updateSource } from '@/lib/sources/update-source';
import { updateClaim } from '@/lib/claims/update-claim';
import type { Database } from '@/lib/database/prisma-client';
import { parseInput } from '@/lib/errors';
import { createLink } from '@/lib/links/create-link';
import { submitLink } from '@/lib/links/update-link';
import { searchQuery } from '@/lib/public-api/public-query-schema';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';
import { searchPublishedClaims } from '@/lib/search/search-published-claims';
import { createActor, uniqueUrl } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;
const ids: Record<string, string> = {};

// No quote here names Zawahiri: a claim is found by his name only through the entities it is about.
const neutralCitation = () => [{ sourceId: fixtures.source.id, quote: 'we still adhere to our pledge to our sheikh and emir' }];

async function published(override: Record<string, unknown>) {
  const claim = await createClaim(editor, claimInput(fixtures, { citations: neutralCitation(), ...override }));
  await submitClaim(editor, claim.id, { version: 1 });
  await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' });
  return claim.id;
}

/** Searches within this file's topic, so other files' claims in the shared database never count. */
async function search(query: Record<string, string>) {
  return searchPublishedClaims(parseInput(searchQuery, { topic: fixtures.topic.slug, ...query }));
}

const foundIds = (result: Awaited<ReturnType<typeof search>>) => result.hits.map((hit) => hit.claim.id).sort();

async function getApi(query: string) {
  const response = await searchRoute.GET(new Request(`http://localhost/api/v1/search?${query}`), { params: Promise.resolve({}) } as never);
  return { response, body: await response.json() };
}

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
  const poorSource = await db.source.create({
    data: { title: `Rantburg repost ${fixtures.tag}`, url: uniqueUrl('rantburg'), publisher: 'Rantburg', kind: 'BLOG', grade: 'E', createdById: editor.id },
  });
  // About Zawahiri by entity only: the statement never spells his name.
  ids.allegiance = await published({ statement: `AQIM reaffirms its pledge to its emir ${fixtures.tag}`, claimedAt: '2014-07-14' });
  ids.backs = await published({
    statement: `AQIM backs the caliphate ${fixtures.tag}`,
    objectId: fixtures.isis.id,
    claimedAt: '2014-07-02',
    citations: [{ sourceId: poorSource.id, quote: 'declared its support for the group formerly known as ISIS' }],
  });
  ids.edited = await published({ statement: `Approved wording about the caliphate ${fixtures.tag}`, objectId: fixtures.isis.id, claimedAt: '2015-03-01' });
  await updateClaim(editor, ids.edited, { version: 1, statement: `Unapproved wording about a secretive shura ${fixtures.tag}` });
  ids.draft = (await createClaim(editor, claimInput(fixtures, { statement: `Draft about a secretive shura ${fixtures.tag}` }))).id;
  const link = await createLink(editor, { claimAId: ids.allegiance, claimBId: ids.backs, kind: 'CONTRADICTS', note: 'Cannot both hold' });
  await submitLink(editor, link.id, { version: 1 });
  await decideOnLink(reviewer, link.id, { version: 1, decision: 'APPROVE' });
});
afterAll(() => db.$disconnect());

describe('search over the published record', () => {
  it('finds a claim by a spelling of an entity it is about, even when its text never names it', async () => {
    for (const spelling of ['Zawahri', 'Zawahiri', 'zawahiri']) {
      const result = await search({ q: spelling });
      expect(foundIds(result), spelling).toEqual([ids.allegiance]);
      expect(result.interpretation.entities.map((entity) => entity.id)).toContain(fixtures.zawahiri.id);
      expect(result.hits[0].namedEntities.map((entity) => entity.id)).toEqual([fixtures.zawahiri.id]);
    }
  });

  it('requires every word, in the text or as a name', async () => {
    expect(foundIds(await search({ q: 'Zawahri pledge' }))).toEqual([ids.allegiance]);
    expect(foundIds(await search({ q: 'Zawahri caliphate' }))).toEqual([]);
    expect(foundIds(await search({ q: 'caliphate' }))).toEqual([ids.backs, ids.edited].sort());
  });

  it('searches quotes and the titles and publishers of cited sources', async () => {
    expect(foundIds(await search({ q: 'formerly known' }))).toEqual([ids.backs]);
    const bySource = await search({ q: 'Rantburg' });
    expect(foundIds(bySource)).toEqual([ids.backs]);
    expect(bySource.hits[0].highlights.source).toContain('Rantburg');
    expect(bySource.hits[0].quotedSource?.grade).toBe('E');
  });

  it('never finds a draft, or the unapproved words of a published claim', async () => {
    expect(foundIds(await search({ q: 'secretive shura' }))).toEqual([]);
    expect(foundIds(await search({ q: 'approved wording' }))).toEqual([ids.edited]);
  });

  it('marks the matched words, stems included, as separate pieces of plain text', async () => {
    const result = await search({ q: 'reaffirming pledges' });
    expect(foundIds(result)).toEqual([ids.allegiance]);
    const pieces = result.hits[0].highlights.statement;
    expect(pieces.filter((_, index) => index % 2 === 1)).toEqual(['reaffirms', 'pledge']);
    expect(pieces.join('')).toBe(`AQIM reaffirms its pledge to its emir ${fixtures.tag}`);
  });

  it('leaves out common words, and finds nothing for a term of only common words', async () => {
    const result = await search({ q: 'the caliphate' });
    expect(foundIds(result)).toEqual([ids.backs, ids.edited].sort());
    expect(result.interpretation.ignoredWords).toEqual(['the']);
    expect(foundIds(await search({ q: 'the of and' }))).toEqual([]);
  });

  it('filters by date, source grade, entity and link kind, with or without words', async () => {
    expect(foundIds(await search({ q: 'caliphate', from: '2015-01-01' }))).toEqual([ids.edited]);
    expect(foundIds(await search({ q: 'caliphate', to: '2014-12-31' }))).toEqual([ids.backs]);
    expect(foundIds(await search({ grade: 'E' }))).toEqual([ids.backs]);
    expect(foundIds(await search({ entity: fixtures.isis.slug }))).toEqual([ids.backs, ids.edited].sort());
    expect(foundIds(await search({ kind: 'CONTRADICTS' }))).toEqual([ids.allegiance, ids.backs].sort());
    expect(foundIds(await search({ q: 'caliphate', kind: 'CONTRADICTS' }))).toEqual([ids.backs]);
    expect(foundIds(await search({ kind: 'SUPPORTS' }))).toEqual([]);
  });

  it('pages through the results by position, each once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await search({ limit: '1', ...(cursor ? { cursor } : {}) });
      seen.push(...foundIds(result));
      expect(result.total).toBe(3);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen.sort()).toEqual([ids.allegiance, ids.backs, ids.edited].sort());
  });

});

describe('letters beyond ASCII', () => {
  it('finds a word whatever the case of its accented and dotted letters, in the statement and in the quote', async () => {
    const own = await claimFixtures(db, editor);
    const claim = await createClaim(
      editor,
      claimInput(own, {
        statement: `The État islamique names a new emir ${own.tag}`,
        citations: [{ sourceId: own.source.id, quote: 'ṬĀRIQ ʿABD AL-ḤAKĪM SPEAKS FOR IT' }],
      }),
    );
    await submitClaim(editor, claim.id, { version: 1 });
    await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' });
    for (const q of ['état islamique', 'ÉTAT', 'ṭāriq', 'Ḥakīm']) {
      const result = await searchPublishedClaims(parseInput(searchQuery, { topic: own.topic.slug, q }));
      expect(foundIds(result), q).toEqual([claim.id]);
    }
  });
});

describe('GET /api/v1/search', () => {
  it('answers claims as the claims API shows them, with highlights and the names matched', async () => {
    const { response, body } = await getApi(`q=Zawahri&topic=${fixtures.topic.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(body.total).toBe(1);
    expect(body.nextCursor).toBeNull();
    expect(body.data[0].claim).toMatchObject({ id: ids.allegiance, statement: `AQIM reaffirms its pledge to its emir ${fixtures.tag}` });
    expect(body.data[0].matchedNames).toEqual([{ slug: fixtures.zawahiri.slug, name: fixtures.zawahiri.name }]);
    expect(body.data[0].highlights.statement).toEqual([`AQIM reaffirms its pledge to its emir ${fixtures.tag}`]);
  });

  it('refuses bad input with a message, never a server error', async () => {
    const cases: [string, string][] = [
      ['', 'q'],
      ['q=x&colour=red', 'colour'],
      ['q=x&cursor=not-ours', 'cursor'],
      [`q=x&cursor=${Buffer.from(JSON.stringify({ offset: 5000 })).toString('base64url')}`, 'cursor'],
      ['q=x&limit=-1', 'limit'],
      ['q=x&limit=99999999999', 'limit'],
      ['q=x&from=2016-01-01&to=2015-01-01', 'to'],
      ['q=x&grade=Z', 'grade'],
      ['q=x&kind=LIKES', 'kind'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['q=x&q=y', 'q'],
    ];
    for (const [query, field] of cases) {
      const { response, body } = await getApi(query);
      expect(response.status, query).toBe(400);
      expect(body.error.message, query).toEqual(expect.any(String));
      expect(JSON.stringify(body.error), query).toContain(field);
    }
  });

  it('treats SQL and search-engine syntax in a term as plain words', async () => {
    for (const q of ["'; DROP TABLE \"Claim\"; --", 'caliphate OR 1=1', '!(caliphate) & <->', '%_\\', '"unclosed']) {
      const { response, body } = await getApi(`q=${encodeURIComponent(q)}&topic=${fixtures.topic.slug}`);
      expect(response.status, q).toBe(200);
      expect(Array.isArray(body.data), q).toBe(true);
    }
    expect(await db.claim.count({ where: { id: ids.backs } })).toBe(1);
  });
});

describe('the search document follows the record', () => {
  it('finds the newly approved wording and no longer the old, and a source by its new title', async () => {
    const source = await db.source.create({
      data: { title: `Sahel monitor ${fixtures.tag}`, url: uniqueUrl('sahel'), publisher: 'Desert Wire', kind: 'NEWS_REPORT', grade: 'C', createdById: editor.id },
    });
    const id = await published({ statement: `Katiba Macina raids Boni ${fixtures.tag}`, citations: [{ sourceId: source.id, quote: 'fighters entered the town' }] });
    await updateClaim(editor, id, { version: 1, statement: `Katiba Macina withdraws from Boni ${fixtures.tag}` });
    expect(foundIds(await search({ q: 'withdraws Boni' }))).toEqual([]);
    await submitClaim(editor, id, { version: 2 });
    await decideOnClaim(reviewer, id, { version: 2, decision: 'APPROVE' });
    expect(foundIds(await search({ q: 'withdraws Boni' }))).toEqual([id]);
    expect(foundIds(await search({ q: 'raids Boni' }))).toEqual([]);

    expect(foundIds(await search({ q: 'Tombouctou' }))).toEqual([]);
    await updateSource(editor, source.id, { version: 1, title: `Tombouctou monitor ${fixtures.tag}` });
    expect(foundIds(await search({ q: 'Tombouctou' }))).toEqual([id]);
    expect(foundIds(await search({ q: 'Sahel monitor' }))).toEqual([]);
  });

  it('holds one document for each published claim, of its published version, and none for anything else', async () => {
    const [{ stray, missing }] = await db.$queryRaw<{ stray: bigint; missing: bigint }[]>`
      SELECT
        (SELECT count(*) FROM "PublishedClaimSearch" s LEFT JOIN "Claim" c ON c.id = s."claimId" AND c."publishedVersionId" = s."versionId" WHERE c.id IS NULL) AS stray,
        (SELECT count(*) FROM "Claim" c LEFT JOIN "PublishedClaimSearch" s ON s."claimId" = c.id WHERE c."publishedVersionId" IS NOT NULL AND s."claimId" IS NULL) AS missing`;
    expect({ stray: Number(stray), missing: Number(missing) }).toEqual({ stray: 0, missing: 0 });
  });

  it('files each published claim under the topics of its published version, and nothing else', async () => {
    const [{ stray, missing }] = await db.$queryRaw<{ stray: bigint; missing: bigint }[]>`
      SELECT
        (SELECT count(*) FROM "PublishedClaimTopic" pt
          LEFT JOIN "Claim" c ON c.id = pt."claimId" AND c."publishedVersionId" = pt."versionId"
          LEFT JOIN "ClaimVersion" v ON v.id = pt."versionId" AND v."claimedAt" = pt."claimedAt"
          LEFT JOIN "ClaimVersionTopic" vt ON vt."claimVersionId" = pt."versionId" AND vt."topicId" = pt."topicId"
          WHERE c.id IS NULL OR v.id IS NULL OR vt."topicId" IS NULL) AS stray,
        (SELECT count(*) FROM "Claim" c JOIN "ClaimVersionTopic" vt ON vt."claimVersionId" = c."publishedVersionId"
          LEFT JOIN "PublishedClaimTopic" pt ON pt."claimId" = c.id AND pt."topicId" = vt."topicId"
          WHERE pt."claimId" IS NULL) AS missing`;
    expect({ stray: Number(stray), missing: Number(missing) }).toEqual({ stray: 0, missing: 0 });
  });

  it('files each published claim under the entities and sources of its published version, and nothing else', async () => {
    // What each index should hold, from the published versions themselves.
    const expected = {
      PublishedClaimEntity: `SELECT DISTINCT entity AS ref, c.id AS "claimId", v.id AS "versionId", v."claimedAt"
        FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId", unnest(ARRAY[v."claimantId", v."subjectId", v."objectId"]) AS entity
        WHERE entity IS NOT NULL`,
      PublishedClaimSource: `SELECT DISTINCT ci."sourceId" AS ref, c.id AS "claimId", v.id AS "versionId", v."claimedAt"
        FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."publishedVersionId" JOIN "Citation" ci ON ci."claimVersionId" = v.id`,
    };
    for (const [table, rows] of Object.entries(expected)) {
      const ref = table === 'PublishedClaimEntity' ? '"entityId"' : '"sourceId"';
      const held = `SELECT ${ref} AS ref, "claimId", "versionId", "claimedAt" FROM "${table}"`;
      const [{ stray, missing, held: count }] = await db.$queryRawUnsafe<{ stray: bigint; missing: bigint; held: bigint }[]>(`
        SELECT (SELECT count(*) FROM (${held} EXCEPT ${rows}) x) AS stray, (SELECT count(*) FROM (${rows} EXCEPT ${held}) x) AS missing,
          (SELECT count(*) FROM "${table}") AS held`);
      expect({ table, stray: Number(stray), missing: Number(missing) }).toEqual({ table, stray: 0, missing: 0 });
      expect(Number(count)).toBeGreaterThan(0);
    }
  });
});

// Last: the claims these add would change what the tests above count and find.
describe('the order of results', () => {
  it('puts the best matches first, and the newer first among equal ones, across pages', async () => {
    const once = (claimedAt: string) => published({ statement: `Zarquon was seen near Tessalit ${fixtures.tag}`, claimedAt });
    const best = await published({ statement: `Zarquon, Zarquon and Zarquon again ${fixtures.tag}`, claimedAt: '2013-01-01' });
    const older = await once('2013-02-01');
    const newer = await once('2013-03-01');
    const inOrder = (result: Awaited<ReturnType<typeof search>>) => result.hits.map((hit) => hit.claim.id);
    expect(inOrder(await search({ q: 'zarquon' }))).toEqual([best, newer, older]);
    const first = await search({ q: 'zarquon', limit: '2' });
    expect(inOrder(first)).toEqual([best, newer]);
    expect(inOrder(await search({ q: 'zarquon', limit: '2', cursor: first.nextCursor! }))).toEqual([older]);
  });
});
