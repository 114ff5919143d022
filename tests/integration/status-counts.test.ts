import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { createClaim } from '@/lib/claims/create-claim';
import { createClaims } from '@/lib/claims/create-claims';
import { getDashboard } from '@/lib/claims/desk-queries';
import { foldStatusCounts, readStatusCounts } from '@/lib/claims/status-counts';
import { submitClaim } from '@/lib/claims/submit-claim';
import type { Database } from '@/lib/database/prisma-client';
import { createLink } from '@/lib/links/create-link';
import { submitLink } from '@/lib/links/update-link';
import { applyMigrations } from '@/lib/migrations/migrations';
import { decideOnClaim, decideOnLink } from '@/lib/reviews/decide';
import { countInReview, listReviewQueue } from '@/lib/reviews/review-queue';
import { createActor } from '../setup/actors';
import { claimFixtures, claimInput, type ClaimFixtures } from '../setup/claim-fixtures';
import { freshDatabase, testDatabaseUrl, testDb } from '../setup/databases';

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

const linkSql = `
  INSERT INTO "ClaimLink" ("id", "claimAId", "claimBId", "pairLow", "pairHigh", "kind", "createdById", "updatedAt")
  VALUES (gen_random_uuid(), $1::uuid, $2::uuid, LEAST($1::uuid, $2::uuid), GREATEST($1::uuid, $2::uuid), 'SUPPORTS', $3, now()) RETURNING "id"`;

/** Two claims and a link between them with no versions, which a DELETE can remove, unlike any the desk writes. */
async function bareClaimAndLink(database: Database) {
  const claims = await database.$queryRaw<{ id: string }[]>`
    INSERT INTO "Claim" ("id", "authorId", "updatedAt") SELECT gen_random_uuid(), ${editor.id}, now() FROM generate_series(1, 2) RETURNING "id"`;
  const [link] = await database.$queryRawUnsafe<{ id: string }[]>(linkSql, claims[0].id, claims[1].id, editor.id);
  return { claims: claims.map((claim) => claim.id), link: link.id };
}

/** Other files list the record's claims and links: none is left without versions. */
async function removeBare(database: Database, { claims, link }: { claims: string[]; link?: string }) {
  if (link) await database.$executeRaw`DELETE FROM "ClaimLink" WHERE "id" = ${link}::uuid`;
  await database.$executeRaw`DELETE FROM "Claim" WHERE "id" = ANY(${claims}::uuid[])`;
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
    expect(await miscounted(), 'created').toEqual([]);
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
    const claims = await db.claim.count({ where: { status: 'IN_REVIEW' } });
    const links = await db.claimLink.count({ where: { status: 'IN_REVIEW' } });
    const { counts } = await getDashboard(editor.id);
    expect(counts.IN_REVIEW).toBe(claims);
    expect(counts.APPROVED).toBe(await db.claim.count({ where: { status: 'APPROVED' } }));
    expect(await countInReview()).toBe(claims + links);
    expect((await listReviewQueue({})).total).toBe(claims + links);
    expect((await listReviewQueue({ kind: 'claim' })).total).toBe(claims);
    expect((await listReviewQueue({ kind: 'link' })).total).toBe(links);
  });

  it('follow claims and links removed, as those without versions can be', async () => {
    const ids = await bareClaimAndLink(db);
    try {
      expect(await miscounted(), 'added').toEqual([]);
      await db.$executeRaw`DELETE FROM "ClaimLink" WHERE "id" = ${ids.link}::uuid`;
      expect(await miscounted(), 'link removed').toEqual([]);
    } finally {
      await removeBare(db, ids);
    }
    expect(await miscounted(), 'claims removed').toEqual([]);
  });

  it('keep their totals when their rows are folded, and a read has them folded once they are many', async () => {
    const rowsAndTotals = async () =>
      (await db.$queryRaw<{ rows: number; totals: number }[]>`
        SELECT count(*)::int AS rows, count(DISTINCT ("kind", "status"))::int AS totals FROM "StatusCountChange"`)[0];
    // Pairs of changes that cancel out: many rows, the same totals.
    await db.$executeRaw`
      INSERT INTO "StatusCountChange" ("kind", "status", "change")
      SELECT 'claim', 'DRAFT', change FROM generate_series(1, 400), unnest(ARRAY[1, -1]) AS change`;
    expect(await miscounted()).toEqual([]);
    await readStatusCounts();
    // The read does not wait for its fold.
    await vi.waitFor(
      async () => {
        const { rows, totals } = await rowsAndTotals();
        expect(rows).toBe(totals);
      },
      { timeout: 20_000 },
    );
    expect(await miscounted()).toEqual([]);
  });

  it('keep a write the fold cannot see yet, and let one fold run at a time', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    let written: string | undefined;
    try {
      // A claim written in a transaction still open while the rows are folded.
      await client.query('BEGIN');
      written = (await client.query(`INSERT INTO "Claim" ("id", "authorId", "updatedAt") VALUES (gen_random_uuid(), $1, now()) RETURNING "id"`, [editor.id]))
        .rows[0].id;
      expect(await foldStatusCounts()).toBe(true);
      await client.query('COMMIT');
      expect(await miscounted()).toEqual([]);

      // While another fold holds the lock, a fold leaves the rows as they are, without waiting.
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('counterclaim: status counts'))`);
      await db.$executeRaw`INSERT INTO "StatusCountChange" ("kind", "status", "change") VALUES ('claim', 'DRAFT', 1), ('claim', 'DRAFT', -1)`;
      const before = await db.$queryRaw`SELECT * FROM "StatusCountChange" ORDER BY "id"`;
      expect(await foldStatusCounts()).toBe(false);
      expect(await db.$queryRaw`SELECT * FROM "StatusCountChange" ORDER BY "id"`).toEqual(before);
      await client.query('ROLLBACK');
    } finally {
      await client.query('ROLLBACK').catch(() => {});
      if (written) await removeBare(db, { claims: [written] });
      await client.end();
    }
  });
});

describe('the migration that keeps the counts', () => {
  it('counts the claims and links there already were', async () => {
    const url = await freshDatabase('status_backfill', { migrate: false });
    await applyMigrations(url, { through: '20261206223000_published_claim_index_version' });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "User" ("id", "name", "email", "updatedAt") VALUES ('author', 'Author', 'author@example.org', now())`);
      const claims = await client.query<{ id: string }>(`
        INSERT INTO "Claim" ("id", "authorId", "status", "updatedAt")
        SELECT gen_random_uuid(), 'author', status::"ReviewStatus", now() FROM unnest(ARRAY['DRAFT', 'DRAFT', 'IN_REVIEW']) AS status
        RETURNING "id"`);
      await client.query(linkSql, [claims.rows[0].id, claims.rows[1].id, 'author']);
      await applyMigrations(url);
      const kept = await client.query(`SELECT "kind", "status", sum("change")::int AS total FROM "StatusCountChange" GROUP BY 1, 2 ORDER BY 1, 2`);
      expect(kept.rows).toEqual([
        { kind: 'claim', status: 'DRAFT', total: 2 },
        { kind: 'claim', status: 'IN_REVIEW', total: 1 },
        { kind: 'link', status: 'DRAFT', total: 1 },
      ]);
    } finally {
      await client.end();
    }
  });
});

describe('TRUNCATE of claims or links', () => {
  it('takes their counts with it, even while a fold is under way', async () => {
    const url = await freshDatabase('status_counts');
    const [folding, truncating] = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
    await Promise.all([folding.connect(), truncating.connect()]);
    try {
      const kept = async () => (await folding.query(`SELECT "kind", "change" FROM "StatusCountChange"`)).rows;
      await folding.query(`INSERT INTO "StatusCountChange" ("kind", "status", "change") VALUES ('claim', 'DRAFT', 3), ('link', 'DRAFT', 2)`);
      await folding.query('TRUNCATE "ClaimLink" CASCADE');
      expect(await kept()).toEqual([{ kind: 'claim', change: 3 }]);

      // A fold, still to commit, has replaced the rows by their sum when the TRUNCATE comes: the TRUNCATE must wait for
      // it and remove the sum, which it could not see when it began.
      await folding.query(`INSERT INTO "StatusCountChange" ("kind", "status", "change") VALUES ('claim', 'DRAFT', 2), ('link', 'DRAFT', 2)`);
      const [{ pid }] = (await truncating.query('SELECT pg_backend_pid() AS pid')).rows;
      await folding.query('BEGIN');
      await folding.query('SELECT counterclaim_fold_status_counts()');
      const truncated = truncating.query('TRUNCATE "Claim" CASCADE');
      await vi.waitFor(async () => {
        const { rows } = await folding.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
        expect(rows[0]?.wait_event_type).toBe('Lock');
      }, { timeout: 20_000 });
      await folding.query('COMMIT');
      await truncated;
      // The links name their claims, so emptying the claims empties the links too.
      expect(await kept()).toEqual([]);
    } finally {
      await Promise.all([folding.end(), truncating.end()]);
    }
  });
});
