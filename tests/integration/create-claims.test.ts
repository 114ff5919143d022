import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postBatch } from '@/app/api/v1/claims/batch/route';
import type { Actor } from '@/lib/auth/permissions';
import type { ClaimState } from '@/lib/claims/claim-state';
import { createClaim } from '@/lib/claims/create-claim';
import { createClaims, maxBatchBodyBytes, maxClaimsPerBatch } from '@/lib/claims/create-claims';
import type { Database } from '@/lib/database/prisma-client';
import { maxBodyBytes } from '@/lib/http/api-route';
import { createApiToken } from '@/lib/tokens/api-tokens';
import { createActor, expectRefusal, snapshotCounts } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDb } from '../setup/databases';

// Bulk import (POST /api/v1/claims/batch): many claims in one transaction, each saved as createClaim saves one,
// all or none.
let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;
let secondTopic: { id: string };
let secondSource: { id: string };

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
  secondTopic = await db.topic.create({ data: { slug: `second-${fixtures.tag}`, title: `Second ${fixtures.tag}`, summary: '' } });
  secondSource = await db.source.create({ data: { title: `Second ${fixtures.tag}`, publisher: 'SITE', kind: 'PRIMARY_STATEMENT', grade: 'A', createdById: editor.id } });
});
afterAll(() => db.$disconnect());

const unknownId = '01a1fca6-0000-7000-8000-000000000000';

/** Claims that differ in every way a claim can: structured or not, one or two citations, a translated quote, a
 *  period, a topic sent twice, a citation id sent (which a new claim ignores). */
type ClaimInput = { statement: string; citations: Record<string, unknown>[]; [field: string]: unknown };

function variedInputs(count: number, label = 'batch'): ClaimInput[] {
  return Array.from({ length: count }, (_, index) => {
    const base = claimInput(fixtures, { statement: `${label} claim ${index} (${fixtures.tag})`, credibility: (index % 6) + 1 });
    switch (index % 4) {
      case 0:
        return base;
      case 1:
        return { ...base, subjectId: fixtures.isis.id, relation: null, objectId: null, polarity: null, claimantId: fixtures.aqim.id, validFrom: '2014-06-01', validTo: '2014-07-01' };
      case 2:
        return {
          ...base,
          topicIds: [secondTopic.id, fixtures.topic.id, secondTopic.id],
          citations: [
            ...base.citations,
            { id: unknownId, sourceId: secondSource.id, quote: 'نجدد البيعة', originalQuote: 'نجدد البيعة', originalLanguage: 'ar', translation: 'we renew the pledge', locator: 'minute 3' },
          ],
        };
      default:
        return { ...base, subjectId: null, relation: null, objectId: null, polarity: null, topicIds: [], credibilityNote: '' };
    }
  });
}

/** A state without what differs between any two creations: ids and times. */
function comparable(state: ClaimState) {
  const { id: _id, createdAt: _created, updatedAt: _updated, citations, ...rest } = state;
  return { ...rest, citations: citations.map(({ id: _citation, ...citation }) => citation) };
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('createClaims', () => {
  it('saves every claim exactly as createClaim saves it alone, in the order sent', async () => {
    const inputs = variedInputs(12);
    const { claims } = await createClaims(editor, { claims: inputs });
    const singles = [];
    for (const input of inputs) singles.push(await createClaim(editor, input));
    expect(claims.map(comparable)).toEqual(singles.map(comparable));
    expect(claims.map((claim) => claim.statement)).toEqual(inputs.map((input) => input.statement));
    // Times are UTC as Prisma writes them, whatever the database's time zone.
    expect(Math.abs(new Date(claims[0].createdAt).getTime() - new Date(singles[0].createdAt).getTime())).toBeLessThan(60_000);
    // Ids grow in the order sent, as ids made one by one do.
    expect(claims.map((claim) => claim.id)).toEqual(claims.map((claim) => claim.id).sort());

    const rows = await db.claim.findMany({ where: { id: { in: claims.map((claim) => claim.id) } }, include: { versions: { include: { citations: true, topics: true } } } });
    for (const row of rows) {
      expect(row.versions).toHaveLength(1);
      expect(row.currentVersionId).toBe(row.versions[0].id);
      expect(row).toMatchObject({ status: 'DRAFT', version: 1, authorId: editor.id, publishedVersionId: null });
    }
    expect(rows.reduce((sum, row) => sum + row.versions[0].citations.length, 0)).toBe(inputs.reduce((sum, input) => sum + input.citations.length, 0));
  });

  it('writes one claim.create audit event per claim, with the same after as createClaim writes', async () => {
    const inputs = variedInputs(4, 'audited');
    const { claims } = await createClaims(editor, { claims: inputs });
    const single = await createClaim(editor, inputs[2]);
    const events = await db.auditEvent.findMany({ where: { targetId: { in: claims.map((claim) => claim.id) } }, orderBy: { id: 'asc' } });
    expect(events.map((event) => [event.action, event.targetType, event.targetId, event.actorId, event.before])).toEqual(claims.map((claim) => ['claim.create', 'Claim', claim.id, editor.id, null]));
    expect(events.map((event) => event.after)).toEqual(json(claims));
    const [singleEvent] = await db.auditEvent.findMany({ where: { targetId: single.id } });
    expect(Object.keys(events[2].after as object).sort()).toEqual(Object.keys(singleEvent.after as object).sort());
    expect(comparable(events[2].after as unknown as ClaimState)).toEqual(comparable(singleEvent.after as unknown as ClaimState));
  });

  it('refuses the whole batch when one claim is invalid, naming the claim by its position, saving nothing', async () => {
    const inputs = variedInputs(6, 'invalid');
    inputs[3] = { ...inputs[3], statement: '  ', citations: [{ sourceId: 'not-an-id', quote: 'q' }] };
    const error = await expectRefusal(db, () => createClaims(editor, { claims: inputs }));
    expect(error.code).toBe('INVALID');
    expect(error.fields).toEqual({ 'claims.3.statement': ['Write the claim as one statement'], 'claims.3.citations.0.sourceId': ['Choose a source'] });
  });

  it.each([
    ['an unknown source', (input: ReturnType<typeof claimInput>) => ({ ...input, citations: [{ ...input.citations[0], sourceId: unknownId }] }), 'claims.2.citations.0.sourceId', 'No such source'],
    ['an unknown entity', (input: ReturnType<typeof claimInput>) => ({ ...input, subjectId: unknownId }), 'claims.2.subjectId', 'No such entity'],
    ['an unknown topic', (input: ReturnType<typeof claimInput>) => ({ ...input, topicIds: [fixtures.topic.id, unknownId] }), 'claims.2.topicIds.1', 'No such topic'],
    ['an unknown relation', (input: ReturnType<typeof claimInput>) => ({ ...input, relation: 'adores' }), 'claims.2.relation', 'No such relation'],
  ])('refuses the whole batch when a claim names %s, saving nothing', async (_, spoil, field, message) => {
    const inputs: unknown[] = variedInputs(4, 'unknown');
    inputs[2] = spoil(claimInput(fixtures));
    const error = await expectRefusal(db, () => createClaims(editor, { claims: inputs }));
    expect(error).toMatchObject({ code: 'INVALID', message: 'A claim names something that is not on record', fields: { [field]: [message] } });
    expect(Object.keys(error.fields)).toEqual([field]);
  });

  it('refuses a reviewer and an anonymous caller, as createClaim does, saving nothing', async () => {
    const claims = variedInputs(2, 'refused');
    expect((await expectRefusal(db, () => createClaims(reviewer, { claims }))).code).toBe('FORBIDDEN');
    expect((await expectRefusal(db, () => createClaims(null, { claims }))).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an empty batch, one over the limit and one that is not a list, saving nothing', async () => {
    const cases: [unknown, string][] = [
      [{ claims: [] }, 'Send at least one claim'],
      [{ claims: Array(maxClaimsPerBatch + 1).fill(claimInput(fixtures)) }, `At most ${maxClaimsPerBatch} claims in one request; send the rest in another`],
      [{ claims: claimInput(fixtures) }, 'Send the claims as a list'],
      [{}, 'Send the claims as a list'],
    ];
    for (const [input, message] of cases) {
      const error = await expectRefusal(db, () => createClaims(editor, input));
      expect(error).toMatchObject({ code: 'INVALID', message, fields: { claims: [message] } });
    }
  });

  it('writes nothing when the database refuses a row after the others were written', async () => {
    // The audit events are the last rows written: a trigger refusing one stands for anything that fails late.
    const marker = `refused by the database (${fixtures.tag})`;
    await db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.after->>'statement' = '${marker}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END; $$`);
    await db.$executeRawUnsafe('CREATE TRIGGER test_refuse_marked_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_marked_audit()');
    try {
      const inputs = variedInputs(5, 'late failure');
      inputs[4] = { ...inputs[4], statement: marker };
      const before = await snapshotCounts(db);
      await expect(createClaims(editor, { claims: inputs })).rejects.toThrow(/refused for the test/);
      expect(await snapshotCounts(db)).toEqual(before);
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER test_refuse_marked_audit ON "AuditEvent"');
      await db.$executeRawUnsafe('DROP FUNCTION test_refuse_marked_audit()');
    }
  });

  it(`saves the largest batch: ${maxClaimsPerBatch} claims with 50 citations each`, { timeout: 120_000 }, async () => {
    const citations = Array.from({ length: 50 }, (_, position) => ({ sourceId: fixtures.source.id, quote: `quote ${position}`, locator: `paragraph ${position}` }));
    const inputs = Array.from({ length: maxClaimsPerBatch }, (_, index) => claimInput(fixtures, { statement: `largest batch ${index} (${fixtures.tag})`, citations }));
    const before = await snapshotCounts(db);
    const { claims } = await createClaims(editor, { claims: inputs });
    expect(claims).toHaveLength(maxClaimsPerBatch);
    expect(claims[maxClaimsPerBatch - 1].citations.map((citation) => citation.quote)).toEqual(citations.map((citation) => citation.quote));
    const after = await snapshotCounts(db);
    expect({ claims: after.claims - before.claims, versions: after.versions - before.versions, citations: after.citations - before.citations, audit: after.audit - before.audit }).toEqual({
      claims: maxClaimsPerBatch,
      versions: maxClaimsPerBatch,
      citations: maxClaimsPerBatch * 50,
      audit: maxClaimsPerBatch,
    });
  });
});

describe('POST /api/v1/claims/batch', () => {
  const noParams = { params: Promise.resolve({}) };
  const post = (body: string, token: string | null) =>
    postBatch(new Request('http://localhost/api/v1/claims/batch', { method: 'POST', headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' }, body }), noParams);
  let editorToken: string;
  let reviewerToken: string;
  beforeAll(async () => {
    editorToken = (await createApiToken(editor, { name: 'batch tests' })).token;
    reviewerToken = (await createApiToken(reviewer, { name: 'batch tests' })).token;
  });

  it('answers 201 with the claims created, in the order sent', async () => {
    const inputs = variedInputs(3, 'over http');
    const response = await post(JSON.stringify({ claims: inputs }), editorToken);
    expect(response.status).toBe(201);
    const { claims } = await response.json();
    expect(claims.map((claim: ClaimState) => [claim.statement, claim.version, claim.status])).toEqual(inputs.map((input) => [input.statement, 1, 'DRAFT']));
  });

  it('answers 400 with field errors by position, 401 without a token and 403 for a reviewer', async () => {
    const inputs = variedInputs(3, 'http refusals');
    inputs[1] = { ...inputs[1], claimedAt: '2999-01-01' };
    const before = await snapshotCounts(db);
    const invalid = await post(JSON.stringify({ claims: inputs }), editorToken);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error).toMatchObject({ code: 'INVALID', fields: { 'claims.1.claimedAt': ['A claim cannot have been made in the future'] } });
    expect((await post(JSON.stringify({ claims: [] }), editorToken)).status).toBe(400);
    expect((await post(JSON.stringify({ claims: inputs }), null)).status).toBe(401);
    expect((await post(JSON.stringify({ claims: inputs }), reviewerToken)).status).toBe(403);
    expect(await snapshotCounts(db)).toEqual(before);
  });

  it(`takes a body over the single write's ${maxBodyBytes.toLocaleString('en')} bytes, and refuses one over ${maxBatchBodyBytes.toLocaleString('en')} with 413`, async () => {
    const long = (index: number) => claimInput(fixtures, { statement: `long quotes ${index} (${fixtures.tag})`, citations: [{ sourceId: fixtures.source.id, quote: 'q'.repeat(4_900) }] });
    const large = JSON.stringify({ claims: Array.from({ length: 250 }, (_, index) => long(index)) });
    expect(large.length).toBeGreaterThan(maxBodyBytes);
    expect((await post(large, editorToken)).status).toBe(201);
    const before = await snapshotCounts(db);
    const tooLarge = await post(JSON.stringify({ claims: [claimInput(fixtures)], padding: 'x'.repeat(maxBatchBodyBytes) }), editorToken);
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error).toMatchObject({ code: 'TOO_LARGE', message: `The body is over the limit of ${maxBatchBodyBytes.toLocaleString('en')} bytes` });
    expect(await snapshotCounts(db)).toEqual(before);
  });
});
