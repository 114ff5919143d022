import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { submitClaim } from '@/lib/claims/submit-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { Database } from '@/lib/database/prisma-client';
import { updateEntity } from '@/lib/entities/update-entity';
import { listPublicClaims } from '@/lib/public-api/list-public-claims';
import { readPublicClaims } from '@/lib/public-api/read-public-claims';
import { keepRefillingPublishedClaimJson, refillPublishedClaimJson } from '@/lib/public-api/refill-claim-json';
import { toClaimJson } from '@/lib/public-api/to-claim-json';
import { decideOnClaim } from '@/lib/reviews/decide';
import { updateSource } from '@/lib/sources/update-source';
import { createActor } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { testDatabaseUrl, testDb } from '../setup/databases';
import { publicClaimsThroughPrisma } from '../setup/public-claims';

// The claim list, the public pages and search read each published claim's JSON as the database stored it
// (PublishedClaimJson's json and page, kept by triggers), or build it while an edit has it queued
// (PublishedClaimJsonPending). These hold what the list gives to what toClaimJson writes, and what the pages read
// to Prisma's select, both before the queue is built again and after, after each change that shows in a claim: a
// publication, a retraction, and edits to the entities, sources, topics, relations and reviewers it names.

let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;
let relationKey: string;
const claimIds: string[] = [];
const origin = 'https://counterclaim.example';

async function publish(override: Record<string, unknown>) {
  const claim = await createClaim(editor, claimInput(fixtures, override));
  await submitClaim(editor, claim.id, { version: 1 });
  await decideOnClaim(reviewer, claim.id, { version: 1, decision: 'APPROVE' });
  return claim.id;
}

/** The test's published claims as the claim list gives them: every claim here is about the fixtures' AQIM. */
async function listed() {
  const page = JSON.parse(await listPublicClaims({ limit: 100, entity: fixtures.aqim.id }, origin));
  return page.data as { id: string }[];
}

const queued = () => db.publishedClaimJsonPending.count({ where: { claimId: { in: claimIds } } });

async function expectListed(expected: ReturnType<typeof toClaimJson>[]) {
  const written = await listed();
  expect(written).toEqual(expected);
  // The same keys in the same order, so a reader diffing two answers sees only what changed.
  written.forEach((claim, index) => expect(Object.keys(claim)).toEqual(Object.keys(expected[index])));
}

/** The list and the pages' reads are current as read (some claims maybe built as read), and again once every
 *  claim's JSON is stored. */
async function expectCurrent() {
  const claims = await publicClaimsThroughPrisma(db, claimIds);
  const expected = claims.map((claim) => toClaimJson(claim, origin)).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(expected).toHaveLength(claimIds.length);
  await expectListed(expected);
  expect(await readPublicClaims(claimIds)).toEqual(claims);
  await refillPublishedClaimJson();
  expect(await queued()).toBe(0);
  expect(await db.publishedClaimJson.count({ where: { claimId: { in: claimIds } } })).toBe(claimIds.length);
  await expectListed(expected);
  expect(await readPublicClaims(claimIds)).toEqual(claims);
  return expected;
}

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
  // A relation of its own, so that relabelling it touches no other test's claims.
  relationKey = `relabelled-${fixtures.tag}`;
  await db.relation.create({ data: { key: relationKey, label: 'leads', exclusive: false, description: '' } });
  claimIds.push(await publish({ relation: relationKey, claimantId: fixtures.isis.id }));
  claimIds.push(await publish({ statement: `A second claim ${fixtures.tag}`, claimantId: fixtures.aqim.id, subjectId: null, relation: null, objectId: null, polarity: null, topicIds: [] }));
});
afterAll(() => db.$disconnect());

describe('the claim list’s stored claims', () => {
  it('are written when a claim is published, with its sign-off, and only for published claims', async () => {
    const draft = await createClaim(editor, claimInput(fixtures, { statement: `A draft ${fixtures.tag}` }));
    const [first] = await expectCurrent();
    expect(first.signOff).toEqual({ reviewer: reviewer.name, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(await db.publishedClaimJson.count({ where: { claimId: draft.id } })).toBe(0);
  });

  it('follow a newly approved version and a retraction', async () => {
    const [claimId] = claimIds;
    await updateClaim(editor, claimId, { version: 1, statement: `Reworded ${fixtures.tag}` });
    // In review, the public still sees version 1.
    await submitClaim(editor, claimId, { version: 2 });
    expect((await expectCurrent()).find((claim) => claim.id === claimId)).toMatchObject({ version: 1, statement: expect.not.stringMatching(/^Reworded/) });
    const secondReviewer = await createActor(db, 'REVIEWER');
    await decideOnClaim(secondReviewer, claimId, { version: 2, decision: 'APPROVE' });
    expect((await expectCurrent()).find((claim) => claim.id === claimId)).toMatchObject({ version: 2, statement: `Reworded ${fixtures.tag}`, signOff: { reviewer: secondReviewer.name } });
    await decideOnClaim(secondReviewer, claimIds[1], { version: 1, decision: 'RETRACT', note: 'Misattributed' });
    expect((await expectCurrent()).find((claim) => claim.id === claimIds[1])?.retracted).toMatchObject({ note: 'Misattributed' });
  });

  it('follow edits to the entities, sources, topics, relations and reviewers they name', async () => {
    const entity = await db.entity.findUniqueOrThrow({ where: { id: fixtures.isis.id } });
    await updateEntity(editor, entity.id, { version: entity.version, name: `Islamic State ${fixtures.tag}`, slug: `islamic-state-${fixtures.tag}` });
    expect((await expectCurrent())[0].claimant).toEqual({ slug: `islamic-state-${fixtures.tag}`, name: `Islamic State ${fixtures.tag}` });

    const source = await db.source.findUniqueOrThrow({ where: { id: fixtures.source.id } });
    await updateSource(editor, source.id, { version: source.version, title: `Long War Journal report ${fixtures.tag}`, grade: 'C', gradeNote: 'Relies on one statement' });
    expect((await expectCurrent())[0].citations[0].source).toMatchObject({ title: `Long War Journal report ${fixtures.tag}`, grade: 'C', gradeNote: 'Relies on one statement' });
    // A source's kind and its correction are not in the API's claim, but the pages show them.
    await updateSource(editor, source.id, { version: source.version + 1, kind: 'PRIMARY_STATEMENT', correctionKind: 'CORRECTED', correctedAt: '2014-08-01', correctionNote: `Date corrected ${fixtures.tag}` });
    await expectCurrent();
    expect((await readPublicClaims([claimIds[0]]))[0].version.citations[0].source).toMatchObject({ kind: 'PRIMARY_STATEMENT', correctionKind: 'CORRECTED', correctedAt: new Date('2014-08-01T00:00:00Z'), correctionNote: `Date corrected ${fixtures.tag}` });

    // Topics, relations and names have no editing screen; the database keeps the claims current all the same.
    await db.topic.update({ where: { id: fixtures.topic.id }, data: { title: `Pledges ${fixtures.tag}` } });
    expect((await expectCurrent())[0].topics).toEqual([{ slug: fixtures.topic.slug, title: `Pledges ${fixtures.tag}` }]);
    await db.relation.update({ where: { key: relationKey }, data: { label: 'is led by' } });
    expect((await expectCurrent())[0].relation).toBe('is led by');
    await db.user.update({ where: { id: reviewer.id }, data: { name: `Renamed ${fixtures.tag}` } });
    expect((await expectCurrent())[1].signOff?.reviewer).toBe(`Renamed ${fixtures.tag}`);
  });

  it('queue the claims an edit touches, and the running server stores them again', async () => {
    await db.entity.update({ where: { id: fixtures.aqim.id }, data: { name: `AQIM, renamed ${fixtures.tag}` } });
    expect(await queued()).toBe(claimIds.length);
    expect(await db.publishedClaimJson.count({ where: { claimId: { in: claimIds } } })).toBe(0);
    const stop = keepRefillingPublishedClaimJson();
    try {
      await expect.poll(queued, { timeout: 15_000 }).toBe(0);
    } finally {
      stop();
    }
    await expectCurrent();
  });

  it('are stored again from what an overlapping edit commits, not from before it', async () => {
    // The claims are queued by a regrade; an entity they name is renamed while the queue is being built. The
    // refill waits for the rename to commit, then builds the new name. Without that, it stored the old name and
    // took the claims off the queue, and the list kept the old name.
    await db.source.update({ where: { id: fixtures.source.id }, data: { gradeNote: `Queued ${fixtures.tag}` } });
    expect(await queued()).toBeGreaterThan(0);
    const [renaming, refilling] = [new pg.Client({ connectionString: testDatabaseUrl() }), new pg.Client({ connectionString: testDatabaseUrl() })];
    await Promise.all([renaming.connect(), refilling.connect()]);
    try {
      await renaming.query('BEGIN');
      await renaming.query('UPDATE "Entity" SET name = $1 WHERE id = $2', [`Zawahiri, renamed ${fixtures.tag}`, fixtures.zawahiri.id]);
      const refillingPid = (await refilling.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const refill = refilling.query('SELECT counterclaim_refill_claim_json(500)');
      await expect.poll(async () => (await db.$queryRaw<{ waiting: boolean }[]>`
        SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = ${refillingPid}`)[0]?.waiting).toBe(true);
      await renaming.query('COMMIT');
      await refill;
    } finally {
      await Promise.all([renaming.end(), refilling.end()]);
    }
    expect(await queued()).toBe(0);
    const [first] = await expectCurrent();
    expect(first.object?.name).toBe(`Zawahiri, renamed ${fixtures.tag}`);
    expect(first.citations[0].source.gradeNote).toBe(`Queued ${fixtures.tag}`);
  });
});
