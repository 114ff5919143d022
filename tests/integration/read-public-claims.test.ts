import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { getPublishedClaim, getRelatedClaims } from '@/lib/claims/get-published-claim';
import { relatedClaimsShown } from '@/lib/claims/related-claims-address';
import { getPublishedContradiction } from '@/lib/claims/get-published-contradiction';
import { submitClaim } from '@/lib/claims/submit-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { Database } from '@/lib/database/prisma-client';
import { createLink } from '@/lib/links/create-link';
import { submitLink } from '@/lib/links/update-link';
import { apiClaimColumns, apiClaimText, type ApiClaimColumns } from '@/lib/public-api/api-claim-json';
import { readPublicClaims } from '@/lib/public-api/read-public-claims';
import { toClaimJson } from '@/lib/public-api/to-claim-json';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';
import { createActor, uniqueUrl } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';
import { publicClaimsThroughPrisma } from '../setup/public-claims';

// The public claim is read by hand-written SQL for speed, from the JSON the database stores for it
// (PublishedClaimJson.page); Prisma's select defines the shape. This holds them equal, and the API's claim as the
// database stores it (PublishedClaimJson.json), or builds it while an edit elsewhere has its stored JSON queued, to
// toClaimJson, the format's definition. published-claim-json.test.ts holds both current after each kind of edit.

let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;
const ids: Record<string, string> = {};

async function published(override: Record<string, unknown>) {
  const claim = await createClaim(editor, claimInput(fixtures, override));
  await submitClaim(editor, claim.id, { version: 1 });
  await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' });
  return claim.id;
}

const throughPrisma = (claimIds: string[]) => publicClaimsThroughPrisma(db, claimIds);

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
  const corrected = await db.source.create({
    data: {
      title: `Al-Andalus statement ${fixtures.tag}`,
      url: uniqueUrl('andalus'),
      publisher: 'Al-Andalus Media',
      kind: 'PRIMARY_STATEMENT',
      grade: 'C',
      gradeNote: 'The group speaking for itself',
      publishedAt: new Date('2014-07-14'),
      correctionKind: 'CORRECTED',
      correctedAt: new Date('2014-07-20'),
      correctionNote: 'The date of the pledge was corrected',
      createdById: editor.id,
    },
  });
  const secondTopic = await db.topic.create({ data: { slug: `a-topic-${fixtures.tag}`, title: `Zawahiri ${fixtures.tag}`, summary: '' } });
  ids.full = await published({
    statement: `نجدد البيعة ${fixtures.tag}`,
    validFrom: '2014-07-01',
    validTo: '2014-12-31',
    topicIds: [secondTopic.id, fixtures.topic.id],
    citations: [
      { sourceId: corrected.id, quote: 'we renew our pledge', originalQuote: 'نجدد البيعة', originalLanguage: 'ar', translation: 'we renew our pledge', translator: 'SITE' },
      { sourceId: fixtures.source.id, quote: 'a second report', locator: 'paragraph 2', attributedTo: 'AQIM statement' },
    ],
  });
  ids.bare = await published({ subjectId: null, relation: null, objectId: null, polarity: null, topicIds: [], statement: `Bare ${fixtures.tag}` });
  ids.retracted = await published({ statement: `Later retracted ${fixtures.tag}` });
  await decideOnClaim(reviewer, ids.retracted, { version: 1, decision: 'RETRACT', note: 'A forgery' });
  ids.edited = await published({ statement: `Approved wording ${fixtures.tag}` });
  await updateClaim(editor, ids.edited, { version: 1, statement: `Unapproved rewording ${fixtures.tag}` });
  ids.draft = (await createClaim(editor, claimInput(fixtures, { statement: `Draft ${fixtures.tag}` }))).id;
});
afterAll(() => db.$disconnect());

async function link(claimAId: string, claimBId: string, kind: 'CONTRADICTS' | 'SUPPORTS', note: string, { approve = true } = {}) {
  const { id } = await createLink(editor, { claimAId, claimBId, kind, note });
  await submitLink(editor, id, { version: 1 });
  if (approve) await decideOnLink(reviewer, id, { version: 1, decision: 'APPROVE' });
  return id;
}

describe('reading published claims by SQL', () => {
  it('gives exactly what Prisma’s select gives, for these claims and every published claim of the record', async () => {
    const record = await db.claim.findMany({ where: { publishedVersionId: { not: null } }, select: { id: true }, orderBy: { id: 'desc' }, take: 500 });
    const claimIds = [ids.full, ids.bare, ids.retracted, ids.edited, ...record.map(({ id }) => id)];
    const bySql = await readPublicClaims(claimIds);
    expect(bySql.length).toBeGreaterThan(4);
    expect(bySql).toEqual(await throughPrisma(claimIds));
  });

  it('keeps the API’s claim as JSON text exactly as toClaimJson writes the claim read, for these claims and the record', async () => {
    const record = await db.claim.findMany({ where: { publishedVersionId: { not: null } }, select: { id: true }, orderBy: { id: 'desc' }, take: 500 });
    const claimIds = [...new Set([ids.full, ids.bare, ids.retracted, ids.edited, ...record.map(({ id }) => id)])];
    const origin = 'https://counterclaim.example:8443';
    const rows = await db.$queryRaw<ApiClaimColumns[]>`
      SELECT c.id, ${apiClaimColumns}
      FROM "public"."Claim" c LEFT JOIN "public"."PublishedClaimJson" j ON j."claimId" = c.id
      WHERE c.id = ANY(${claimIds}::uuid[]) ORDER BY c.id`;
    const written = rows.map((row) => JSON.parse(apiClaimText(row, origin)));
    const expected = (await readPublicClaims(claimIds)).map((claim) => toClaimJson(claim, origin)).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(written.map((claim) => claim.id)).toEqual(expect.arrayContaining([ids.full, ids.bare, ids.retracted, ids.edited]));
    expect(written).toEqual(expected);
    // The same keys in the same order, so a reader diffing two answers sees only what changed.
    expect(Object.keys(written[0])).toEqual(Object.keys(expected[0]));
    expect(written.find((claim) => claim.id === ids.retracted).retracted).toEqual({ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/), note: 'A forgery' });
  });

  it('keeps the order asked for, leaves out what is not public, and reads dates as the days they are', async () => {
    const claims = await readPublicClaims([ids.edited, ids.draft, ids.full, '00000000-0000-7000-8000-000000000000', ids.retracted]);
    expect(claims.map((claim) => claim.id)).toEqual([ids.edited, ids.full, ids.retracted]);
    const [edited, full, retracted] = claims;
    expect(edited.version.statement).toBe(`Approved wording ${fixtures.tag}`);
    expect(full.version.validFrom).toEqual(new Date('2014-07-01T00:00:00Z'));
    expect(full.version.citations.map((citation) => citation.quote)).toEqual(['we renew our pledge', 'a second report']);
    expect(full.version.citations[0].source).toMatchObject({ correctionKind: 'CORRECTED', correctedAt: new Date('2014-07-20T00:00:00Z') });
    expect(full.version.topics.map(({ topic }) => topic.title)).toEqual([`Allegiance ${fixtures.tag}`, `Zawahiri ${fixtures.tag}`]);
    expect(full.signOff?.reviewer.name).toBe(reviewer.name);
    expect(retracted.retraction).toMatchObject({ note: 'A forgery', createdAt: expect.any(Date) });
    expect(await readPublicClaims([])).toEqual([]);
  });

  it('reads a claim with its published links: its own first, then those naming it, with the claim at the other end', async () => {
    // A claim's status is its workflow's: the edited claim is a draft again, its published version unchanged.
    const other = (id: string, statement: string, status = 'APPROVED') => ({ id, status, publishedVersion: { statement } });
    const outgoing = await link(ids.full, ids.bare, 'CONTRADICTS', 'Cannot both hold');
    const incoming = await link(ids.edited, ids.full, 'SUPPORTS', 'Says the same');
    const retracted = await link(ids.bare, ids.full, 'SUPPORTS', 'A mistake');
    await decideOnLink(reviewer, retracted, { version: 1, decision: 'RETRACT', note: 'Not the same event' });
    const inReview = (await createClaim(editor, claimInput(fixtures, { statement: `In review ${fixtures.tag}` }))).id;
    await submitClaim(editor, inReview, { version: 1 });
    await link(ids.full, inReview, 'CONTRADICTS', 'To a claim not yet public').catch(() => undefined);
    await link(ids.full, ids.retracted, 'SUPPORTS', 'Not yet reviewed', { approve: false });

    const claim = await getPublishedClaim(ids.full);
    expect(claim?.links).toEqual([
      { id: outgoing, kind: 'CONTRADICTS', status: 'APPROVED', direction: 'outgoing', other: other(ids.bare, `Bare ${fixtures.tag}`), note: 'Cannot both hold', resolution: 'UNRESOLVED', resolutionNote: '', retraction: null },
      { id: incoming, kind: 'SUPPORTS', status: 'APPROVED', direction: 'incoming', other: other(ids.edited, `Approved wording ${fixtures.tag}`, 'DRAFT'), note: 'Says the same', resolution: 'UNRESOLVED', resolutionNote: '', retraction: null },
      { id: retracted, kind: 'SUPPORTS', status: 'RETRACTED', direction: 'incoming', other: other(ids.bare, `Bare ${fixtures.tag}`), note: 'A mistake', resolution: 'UNRESOLVED', resolutionNote: '', retraction: { note: 'Not the same event', createdAt: expect.any(Date) } },
    ]);
    expect(claim?.linkCounts).toEqual({ CONTRADICTS: 1, SUPPORTS: 2 });
    expect(claim).toMatchObject((await throughPrisma([ids.full]))[0]);
    expect(await getPublishedClaim(ids.draft)).toBeNull();
    expect(await getPublishedClaim('not-a-uuid')).toBeNull();
  });

  it('reads the first related claims of each kind with how many there are, and the rest a page of one kind at a time', async () => {
    const hub = await published({ statement: `Much cited ${fixtures.tag}` });
    const contradiction = await link(hub, ids.bare, 'CONTRADICTS', 'Cannot both hold');
    const supporting: string[] = [];
    for (let index = 0; index <= relatedClaimsShown; index++) {
      supporting.push(await link(await published({ statement: `Agrees ${index} ${fixtures.tag}` }), hub, 'SUPPORTS', `Agreement ${index}`));
    }
    // Made last, and first of its kind: the claim's own links come before those naming it.
    const ownSupport = await link(hub, ids.edited, 'SUPPORTS', 'Agrees in part');

    const claim = await getPublishedClaim(hub);
    expect(claim?.linkCounts).toEqual({ CONTRADICTS: 1, SUPPORTS: relatedClaimsShown + 2 });
    expect(claim?.links.map((shown) => shown.id)).toEqual([contradiction, ownSupport, ...supporting.slice(0, relatedClaimsShown - 1)]);

    const related = await getRelatedClaims(hub, 'SUPPORTS', 1);
    expect(related).toMatchObject({ id: hub, statement: `Much cited ${fixtures.tag}`, status: 'APPROVED', kind: 'SUPPORTS', page: 1, total: relatedClaimsShown + 2 });
    expect(related?.links.map((shown) => shown.id)).toEqual([ownSupport, ...supporting]);
    expect(related?.links.at(-1)).toMatchObject({ direction: 'incoming', note: `Agreement ${relatedClaimsShown}`, other: { publishedVersion: { statement: `Agrees ${relatedClaimsShown} ${fixtures.tag}` } } });
    expect((await getRelatedClaims(hub, 'SUPPORTS', 2))?.links).toEqual([]);
    expect(await getRelatedClaims(hub, 'QUALIFIES', 1)).toMatchObject({ total: 0, links: [] });
    expect(await getRelatedClaims(ids.draft, 'SUPPORTS', 1)).toBeNull();
    expect(await getRelatedClaims('not-a-uuid', 'SUPPORTS', 1)).toBeNull();
  });

  it('reads a contradiction with both claims, and nothing that is not a published contradiction of published claims', async () => {
    const contradiction = await link(ids.edited, ids.full, 'CONTRADICTS', 'One or the other');
    const [claimA, claimB] = await throughPrisma([ids.edited, ids.full]);
    expect(await getPublishedContradiction(contradiction)).toEqual({
      id: contradiction,
      status: 'APPROVED',
      claimAId: ids.edited,
      claimBId: ids.full,
      note: 'One or the other',
      resolution: 'UNRESOLVED',
      resolutionNote: '',
      signOff: { createdAt: expect.any(Date), reviewer: { name: reviewer.name } },
      retraction: null,
      claimA,
      claimB,
    });
    await decideOnLink(reviewer, contradiction, { version: 1, decision: 'RETRACT', note: 'Both can hold' });
    expect((await getPublishedContradiction(contradiction))?.retraction).toEqual({ note: 'Both can hold', createdAt: expect.any(Date) });

    const supporting = await link(ids.bare, ids.edited, 'SUPPORTS', 'Agrees');
    const unreviewed = await link(ids.bare, ids.retracted, 'CONTRADICTS', 'Not yet reviewed', { approve: false });
    const inReview = (await createClaim(editor, claimInput(fixtures, { statement: `Also in review ${fixtures.tag}` }))).id;
    await submitClaim(editor, inReview, { version: 1 });
    const toUnpublished = await link(ids.bare, inReview, 'CONTRADICTS', 'To a claim in review', { approve: false });
    await decideOnLink(reviewer, toUnpublished, { version: 1, decision: 'APPROVE' }).catch(() => undefined);
    for (const id of [supporting, unreviewed, toUnpublished, ids.full, 'not-a-uuid']) expect(await getPublishedContradiction(id)).toBeNull();
  });
});
