import 'server-only';
import { db } from '@/lib/db';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';

// How many claims and links are in each status, from the rows of changes the database's triggers keep (migration
// 20261207044946_status_counts): a sum over a few rows, however large the record.

export type StatusCounts = Record<'claim' | 'link', Partial<Record<ReviewStatus, number>>>;

/** Past this many rows, a read folds them into one a kind and status: each write that changes a status adds a row
 *  or two, and the desk's reads keep them few. */
const foldAbove = 500;

/** Every status's claims and links; a status with none may be missing. */
export async function readStatusCounts(): Promise<StatusCounts> {
  const rows = await db.$queryRaw<{ kind: 'claim' | 'link'; status: ReviewStatus; total: bigint; changes: bigint }[]>`
    SELECT "kind", "status", sum("change") AS total, count(*) AS changes FROM "StatusCountChange" GROUP BY "kind", "status"`;
  const counts: StatusCounts = { claim: {}, link: {} };
  for (const row of rows) counts[row.kind][row.status] = Number(row.total);
  if (rows.reduce((changes, row) => changes + Number(row.changes), 0) > foldAbove) await foldStatusCounts();
  return counts;
}

/** Replaces the rows of changes by their sums, in one statement: rows a concurrent write adds meanwhile are not
 *  among those deleted, so every total stays the same. One fold at a time: another would wait for the first's rows,
 *  or, taking them in another order, deadlock with it; a reader that finds a fold under way leaves it to finish. */
export async function foldStatusCounts() {
  await db.$transaction(async (tx) => {
    const [{ alone }] = await tx.$queryRaw<{ alone: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('counterclaim: status counts')) AS alone`;
    if (!alone) return;
    await tx.$executeRaw`
      WITH folded AS (DELETE FROM "StatusCountChange" RETURNING "kind", "status", "change")
      INSERT INTO "StatusCountChange" ("kind", "status", "change")
      SELECT "kind", "status", sum("change") FROM folded GROUP BY "kind", "status" HAVING sum("change") <> 0`;
  });
}
