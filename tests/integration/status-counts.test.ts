import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { createClaims } from '@/lib/claims/create-claims';
import { getDashboard } from '@/lib/claims/desk-queries';
import { foldStatusCounts, readStatusCounts } from '@/lib/claims/status-counts';
import { submitClaim } from '@/lib/claims/submit-claim';
import type { Database } from '@/lib/database/prisma-client';
import { createLink } from '@/lib/links/create-link';
import { submitLink } from '@/lib/links/update-link';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';
import { countInReview, listReviewQueue } from '@/lib/reviews/review-queue';
import { createActor } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { freshDatabase, testDb } from '../setup/databases';

// The desk's counts of claims and links by status come from rows of changes that triggers keep. Whatever writes,
// the rows must add up to what a count of the tables gives.

let db: Database;
let editor: Actor;
let reviewer: Actor;
let fixtures: ClaimFixtures;

/** The kinds and statuses whose kept count is not the tables' count, with both; none when the counts are right. */
async function miscounted() {
  return db.$queryRaw<{ kind: string; status: string; kept: number; counted: number }[]>`
    WITH kept AS (SELECT "kind", "status"::text, sum("change")::int AS kept FROM "StatusCountChange" GROUP BY 1, 2),
    counted AS (
      SELECT 'claim' AS "kind", status::text, count(*)::int AS counted FROM "Claim" GROUP BY 2
      UNION ALL SELECT 'link', status::text, count(*)::int FROM "ClaimLink" GROUP BY 2)
    SELECT "kind", "status", coalesce(kept, 0) AS kept, coalesce(counted, 0) AS counted
    FROM kept FULL JOIN counted USING ("kind", "status")
    WHERE coalesce(kept, 0) <> coalesce(counted, 0)`;
}

const newClaim = (label: string) => createClaim(editor, claimInput(fixtures, { statement: `Counted claim ${label} (${fixtures.tag})` }));

beforeAll(async () => {
  db = testDb();
  [editor, reviewer] = await Promise.all([createActor(db, 'EDITOR'), createActor(db, 'REVIEWER')]);
  fixtures = await claimFixtures(db, editor);
});
afterAll(() => db.$disconnect());

describe('the counts of claims and links by status', () => {
  it('follow every step of the workflow, for claims and links', async () => {
    const steps: [string, () => Promise<unknown>][] = [];
    const [approved, sentBack, rejected, retracted] = await Promise.all(['approved', 'sent back', 'rejected', 'retracted'].map(newClaim));
    steps.push(['created', async () => {}]);
    for (const claim of [approved, sentBack, rejected, retracted]) steps.push([`submitted ${claim.id}`, () => submitClaim(editor, claim.id, { version: 1 })]);
    steps.push(
      ['approved', () => decideOnClaim(reviewer, approved.id, { version: 1, decision: 'APPROVE' })],
      ['sent back', () => decideOnClaim(reviewer, sentBack.id, { version: 1, decision: 'REQUEST_CHANGES', note: 'Quote the Arabic too' })],
      ['rejected', () => decideOnClaim(reviewer, rejected.id, { version: 1, decision: 'REJECT', note: 'No source says this' })],
      ['approved to retract', () => decideOnClaim(reviewer, retracted.id, { version: 1, decision: 'APPROVE' })],
    );
    for (const [step, run] of steps) {
      await run();
      expect(await miscounted(), step).toEqual([]);
    }
    const otherReviewer = await createActor(db, 'REVIEWER');
    await decideOnClaim(otherReviewer, retracted.id, { version: 1, decision: 'RETRACT', note: 'Built on a misreading' });
    expect(await miscounted(), 'retracted').toEqual([]);

    const link = await createLink(editor, { claimAId: approved.id, claimBId: sentBack.id, kind: 'CONTRADICTS' });
    expect(await miscounted(), 'link created').toEqual([]);
    await submitLink(editor, link.id, { version: 1 });
    expect(await miscounted(), 'link submitted').toEqual([]);
    await decideOnLink(reviewer, link.id, { version: 1, decision: 'APPROVE' });
    expect(await miscounted(), 'link approved').toEqual([]);
  });

  it('follow a batch of claims written in one statement', async () => {
    const inputs = Array.from({ length: 40 }, (_, i) => claimInput(fixtures, { statement: `Batched counted claim ${i} (${fixtures.tag})` }));
    await createClaims(editor, { claims: inputs });
    expect(await miscounted()).toEqual([]);
  });

  it('are what the desk’s front page, its navigation and the review queue show', async () => {
    const claim = await newClaim('shown');
    await submitClaim(editor, claim.id, { version: 1 });
    const counted = async (table: 'claim' | 'claimLink', status: 'IN_REVIEW' | 'APPROVED') =>
      table === 'claim' ? db.claim.count({ where: { status } }) : db.claimLink.count({ where: { status } });
    const { counts } = await getDashboard(editor.id);
    expect(counts.IN_REVIEW).toBe(await counted('claim', 'IN_REVIEW'));
    expect(counts.APPROVED).toBe(await counted('claim', 'APPROVED'));
    const [claims, links] = [await counted('claim', 'IN_REVIEW'), await counted('claimLink', 'IN_REVIEW')];
    expect(await countInReview()).toBe(claims + links);
    expect((await listReviewQueue({})).total).toBe(claims + links);
    expect((await listReviewQueue({ kind: 'claim' })).total).toBe(claims);
    expect((await listReviewQueue({ kind: 'link' })).total).toBe(links);
  });

  it('keep their totals when their rows are folded together, and fold once they are many', async () => {
    // Pairs of changes that cancel out: many rows, the same totals.
    await db.$executeRaw`
      INSERT INTO "StatusCountChange" ("kind", "status", "change")
      SELECT 'claim', 'DRAFT', change FROM generate_series(1, 400), unnest(ARRAY[1, -1]) AS change`;
    expect(await miscounted()).toEqual([]);
    await readStatusCounts();
    const [{ rows, totals }] = await db.$queryRaw<{ rows: number; totals: number }[]>`
      SELECT count(*)::int AS rows, count(DISTINCT ("kind", "status"))::int AS totals FROM "StatusCountChange"`;
    expect(rows).toBe(totals);
    expect(await miscounted()).toEqual([]);
    await Promise.all([foldStatusCounts(), foldStatusCounts(), newClaim('during folds')]);
    expect(await miscounted()).toEqual([]);
  });
});

describe('TRUNCATE of claims or links', () => {
  it('takes their counts with it', async () => {
    const client = new pg.Client({ connectionString: await freshDatabase('status_counts') });
    await client.connect();
    try {
      const kept = async () => (await client.query(`SELECT "kind", "change" FROM "StatusCountChange"`)).rows;
      await client.query(`INSERT INTO "StatusCountChange" ("kind", "status", "change") VALUES ('claim', 'DRAFT', 3), ('link', 'DRAFT', 2)`);
      await client.query('TRUNCATE "ClaimLink" CASCADE');
      expect(await kept()).toEqual([{ kind: 'claim', change: 3 }]);
      // The links name their claims, so emptying the claims empties the links too.
      await client.query(`INSERT INTO "StatusCountChange" ("kind", "status", "change") VALUES ('link', 'DRAFT', 2)`);
      await client.query('TRUNCATE "Claim" CASCADE');
      expect(await kept()).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
