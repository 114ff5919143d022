import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { QueueFilter, QueueKind, QueuePosition } from './queue-schema';

// The review queue's SQL: which items wait, in which order, and how many. Written out rather than left to Prisma,
// whose relation filters become LEFT JOINs that Postgres answers with whole-table scans of Claim, ClaimVersion or
// ClaimLinkVersion once a filter is on. Here every query reads only the rows in review, through an index on status
// (pages in order from the (status, updatedAt, id) index), and the filters look up each row's current version or
// topics by key, so the cost follows the length of the queue, not the size of the record.

/** The conditions one table's rows must meet to be in the filtered queue, for the alias `row`. */
function filterSql(kind: QueueKind, filter: QueueFilter) {
  const conditions: Prisma.Sql[] = [Prisma.sql`row.status = 'IN_REVIEW'`];
  if (kind === 'claim') {
    // A scalar subquery, not a join: one look-up by primary key per row, never a scan of every version.
    if (filter.editor)
      conditions.push(Prisma.sql`(row."authorId" = ${filter.editor} OR (SELECT v."editedById" FROM "ClaimVersion" v WHERE v.id = row."currentVersionId") = ${filter.editor})`);
    if (filter.topic)
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimVersionTopic" t WHERE t."claimVersionId" = row."currentVersionId" AND t."topicId" = ${filter.topic}::uuid)`);
  } else {
    if (filter.editor)
      conditions.push(Prisma.sql`(row."createdById" = ${filter.editor} OR (SELECT v."editedById" FROM "ClaimLinkVersion" v WHERE v.id = row."currentVersionId") = ${filter.editor})`);
    // A link is on a topic when either of its claims is, in that claim's current version.
    if (filter.topic)
      conditions.push(Prisma.sql`EXISTS (
        SELECT 1 FROM "Claim" c JOIN "ClaimVersionTopic" t ON t."claimVersionId" = c."currentVersionId"
        WHERE c.id IN (row."claimAId", row."claimBId") AND t."topicId" = ${filter.topic}::uuid)`);
  }
  return conditions;
}

/** Rows of one kind after (or before) a position in queue order: oldest first, then claims before links, then
 *  by id. Within one kind this is a row comparison the index answers directly. */
function positionSql(kind: QueueKind, from: QueuePosition, direction: 'after' | 'before') {
  // Prisma keeps DateTime in `timestamp` columns as UTC; an ISO string's zone is ignored by the cast, as intended.
  const at = Prisma.sql`${from.at.toISOString()}::timestamp(3)`;
  const after = direction === 'after';
  if (kind === from.kind) return after ? Prisma.sql`(row."updatedAt", row.id) > (${at}, ${from.id}::uuid)` : Prisma.sql`(row."updatedAt", row.id) < (${at}, ${from.id}::uuid)`;
  // At the same moment, every claim comes before every link.
  const kindIsLater = kind === 'link';
  if (after) return kindIsLater ? Prisma.sql`row."updatedAt" >= ${at}` : Prisma.sql`row."updatedAt" > ${at}`;
  return kindIsLater ? Prisma.sql`row."updatedAt" < ${at}` : Prisma.sql`row."updatedAt" <= ${at}`;
}

const tables = { claim: Prisma.raw('"Claim"'), link: Prisma.raw('"ClaimLink"') };
const kindsIn = (filter: QueueFilter): QueueKind[] => (filter.kind ? [filter.kind] : ['claim', 'link']);

function whereSql(kind: QueueKind, filter: QueueFilter, from?: QueuePosition, direction: 'after' | 'before' = 'after') {
  return Prisma.join([...filterSql(kind, filter), ...(from ? [positionSql(kind, from, direction)] : [])], ' AND ');
}

/** The positions of up to `limit` items next to a position (or from the start), in queue order. */
export async function queuePositions(filter: QueueFilter, limit: number, from: QueuePosition | null, direction: 'after' | 'before') {
  const order = Prisma.raw(direction === 'after' ? 'ASC' : 'DESC');
  // Each table gives at most `limit` rows from its index; the union is then cut to `limit`. The moment comes back
  // as UTC text too, so a cursor does not depend on how the driver reads a `timestamp`.
  const branches = kindsIn(filter).map(
    (kind) => Prisma.sql`(
      SELECT ${kind}::text AS kind, row.id, row."updatedAt", to_char(row."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
      FROM ${tables[kind]} row
      WHERE ${whereSql(kind, filter, from ?? undefined, direction)}
      ORDER BY row."updatedAt" ${order}, row.id ${order}
      LIMIT ${limit})`,
  );
  const rows = await db.$queryRaw<{ kind: QueueKind; id: string; at: string }[]>(Prisma.sql`
    SELECT kind, id, at FROM (${Prisma.join(branches, ' UNION ALL ')}) AS queue
    ORDER BY "updatedAt" ${order}, kind ${order}, id ${order}
    LIMIT ${limit}`);
  const positions = rows.map((row): QueuePosition => ({ kind: row.kind, id: row.id, at: new Date(row.at) }));
  return direction === 'after' ? positions : positions.reverse();
}

/** How many items wait under the filter, or only those before a position. */
export async function countQueue(filter: QueueFilter, before?: QueuePosition) {
  // count(id), not count(*): only the (status, updatedAt, id) index holds the id, so the count reads that index
  // alone, the same one the pages read, rather than a narrower index on status plus the table.
  const counts = kindsIn(filter).map((kind) => Prisma.sql`(SELECT count(row.id) FROM ${tables[kind]} row WHERE ${whereSql(kind, filter, before, 'before')})`);
  const [{ waiting }] = await db.$queryRaw<{ waiting: bigint }[]>(Prisma.sql`SELECT ${Prisma.join(counts, ' + ')} AS waiting`);
  return Number(waiting);
}
