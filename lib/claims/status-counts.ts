import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/database/unavailable';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';

// How many claims and links are in each status, from the rows of changes the database's triggers keep (migration
// 20261207044946_status_counts): a sum over a few rows, however large the record.

export type StatusCounts = Record<'claim' | 'link', Partial<Record<ReviewStatus, number>>>;

/** Past this many rows, a read has them folded into one for each kind and status: each write that changes a status
 *  adds a row or two, and the desk's reads keep them few. */
const foldAbove = 500;

/** Every status's claims and links (a status with none may be missing); read once in a server render. */
export const readStatusCounts = cache(async (): Promise<StatusCounts> => {
  const rows = await db.$queryRaw<{ kind: 'claim' | 'link'; status: ReviewStatus; total: bigint; changes: bigint }[]>`
    SELECT "kind", "status", sum("change") AS total, count(*) AS changes FROM "StatusCountChange" GROUP BY "kind", "status"`;
  const counts: StatusCounts = { claim: {}, link: {} };
  for (const row of rows) counts[row.kind][row.status] = Number(row.total);
  // The counts are right already: the page does not wait for the fold, nor fail with it.
  if (rows.reduce((changes, row) => changes + Number(row.changes), 0) > foldAbove) {
    foldStatusCounts().catch((error) => {
      if (!isDatabaseUnavailable(error)) console.error('Folding the counts of claims and links by status failed; a later read tries again.', error);
    });
  }
  return counts;
});

/** Replaces the rows of changes by their sums, unless a fold or a TRUNCATE is under way (the migration says how);
 *  whether it folded. */
export async function foldStatusCounts() {
  const [{ folded }] = await db.$queryRaw<{ folded: boolean }[]>`SELECT counterclaim_fold_status_counts() AS folded`;
  return folded;
}
