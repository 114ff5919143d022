import 'server-only';
import { readRows } from '@/lib/db';
import { rowLimit } from '@/lib/database/row-limit';
import { Prisma } from '@/lib/generated/prisma/client';
import { splitPage } from './cursor';

/** One page of a table's rows in id order after the cursor, read one longer to know whether another follows:
 *  `select` reads from the table as `alias`, `where` keeps the rows the public sees. The page size is written into
 *  the statement (rowLimit): sent as a parameter, as Prisma sends `take`, it had Postgres plan the statement again
 *  for every page, 0.9 ms of its CPU a page of the API's sources (400 pages one after another, 100,000 claims). */
export async function readKeysetPage<Row extends { id: string }>(
  { select, alias, where }: { select: Prisma.Sql; alias: string; where: Prisma.Sql },
  { limit, cursor }: { limit: number; cursor?: string },
) {
  const id = Prisma.raw(`${alias}.id`);
  const rows = await readRows<Row>(Prisma.sql`
    ${select}
    WHERE ${cursor ? Prisma.sql`${id} > ${cursor}::uuid AND` : Prisma.empty} ${where}
    ORDER BY ${id} LIMIT ${rowLimit(limit + 1)}`);
  return splitPage(rows, limit);
}
