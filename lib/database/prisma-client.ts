import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** A Prisma client on the pg driver adapter: no native query engine, one pg pool per client. */
export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({
    // A database that does not answer fails a request after 5 s instead of holding it.
    adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 }, { statementNameGenerator: preparedStatementName }),
    // Prisma's defaults (2 s to get a connection, 5 s for the whole transaction) turned a busy moment into failed
    // writes under load: on two cores shared by the server, Postgres and the clients, a write's handful of round
    // trips sometimes took over 5 s. A stalled transaction still ends, and rolls back, within 15 s.
    transactionOptions: { maxWait: 5_000, timeout: 15_000 },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** Prisma's own queries run as named prepared statements, so each connection parses them once and Postgres can
 *  keep a plan: a claim page is one query of 20-odd joins, and planning it cost 4-6 ms against 0.5 ms to run it.
 *  Our hand-written SQL (search, lists that depend on a term or a filter's value) stays unnamed and is planned
 *  for its values each time: a plan kept for a rare word would walk the wrong index for a common one. Prisma
 *  writes every table it names schema-qualified; our SQL never does. */
export function preparedStatementName(query: { sql: string }): string {
  // The adapter's type says string, but undefined (an unnamed statement) is what pg takes for "do not prepare".
  return (query.sql.includes('"public"."') ? `prisma_${createHash('sha1').update(query.sql).digest('base64url')}` : undefined) as string;
}
