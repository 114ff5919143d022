import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';

/** How long an unused connection stays open. Postgres keeps a prepared statement's plan per connection, after
 *  planning it for its values on each of the first five executions. pg's default of 10 s closed the connections in
 *  every lull but the one the stored-JSON refill polls on, and a contradiction page read after 11 s of quiet, on a
 *  connection that had not run its statement, took 27-43 ms against 11-28 ms with the connections kept. A quiet
 *  site's readers come in lulls. The pool holds at most 10; none of them keeps a script alive (allowExitOnIdle). */
const idleConnectionMs = 10 * 60_000;

/** Where a client keeps its pool, for the reads that go to it directly (queryRows). A key in the global registry
 *  rather than a map of this module's: Next bundles the pages and the routes with a copy each of this module, and
 *  they share one client (lib/db.ts), made by whichever copy came first. */
const poolKey = Symbol.for('counterclaim.pool');

/** A Prisma client on the pg driver adapter: no native query engine, one pg pool per client. */
export function createPrismaClient(databaseUrl: string) {
  // A database that does not answer fails a request after 5 s instead of holding it.
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000, idleTimeoutMillis: idleConnectionMs, allowExitOnIdle: true });
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator: preparedStatementName, disposeExternalPool: true }),
    // Prisma's defaults (2 s to get a connection, 5 s for the whole transaction) turned a busy moment into failed
    // writes under load: on two cores shared by the server, Postgres and the clients, a write's handful of round
    // trips sometimes took over 5 s. A stalled transaction still ends, and rolls back, within 15 s.
    transactionOptions: { maxWait: 5_000, timeout: 15_000 },
  });
  // An idle connection that dies (Postgres restarted) is an 'error' on the pool, which would end the process unheard;
  // pg drops the connection, and the next read opens another or reports the outage itself. The adapter listens
  // too, but only once Prisma has connected, and a server may serve only queryRows's reads until then.
  pool.on('error', () => {});
  return Object.defineProperty(client, poolKey, { value: pool });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** How the rows of queryRows read Postgres's values, as Prisma's $queryRaw gives them: days and moments without a
 *  zone are UTC (pg would read them in the server's local time), and bigint is a BigInt (pg gives text). */
const prismaLikeParsers: Record<number, (text: string) => unknown> = {
  1082: (day) => new Date(`${day}T00:00:00Z`),
  1114: (moment) => new Date(`${moment.replace(' ', 'T')}Z`),
  20: (integer) => BigInt(integer),
};
const queryRowTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format ?? 'text') === 'text' && prismaLikeParsers[oid] ? prismaLikeParsers[oid] : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The rows of one read-only statement, sent by pg on the client's own pool rather than through Prisma's query
 *  pipeline, which for the same statement and rows cost Node 0.98 ms of CPU against pg's 0.26 ms (a published
 *  contradiction, 1,000 reads one after another): the public reads, which are hand-written SQL anyway. Values
 *  come back as $queryRaw gives them for the types those reads use (json, text, uuid, boolean, integers, days,
 *  moments; a numeric would be text, not a Decimal). Dates are sent as ISO text, in UTC, as Prisma sends them. */
export async function queryRows<Row>(database: Database, query: Prisma.Sql): Promise<Row[]> {
  const pool = (database as { [poolKey]?: pg.Pool })[poolKey];
  if (!pool) throw new Error('queryRows needs a client made by createPrismaClient');
  // Once Prisma has connected, $disconnect ends the pool (the adapter disposes of it) and Prisma opens a pool of its
  // own on its next query, which queryRows cannot reach: pg's own message would say only "Cannot use a pool after
  // calling end".
  if (pool.ending) throw new Error('queryRows cannot use a client after its $disconnect: make a new one with createPrismaClient');
  const values = query.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const result = await pool.query({ name: preparedStatementName({ sql: query.text }), text: query.text, values, types: queryRowTypes });
  return result.rows as Row[];
}

/** Statements that name their tables with the schema run as named prepared statements, so each connection parses
 *  them once and Postgres can keep a plan: every query Prisma writes, and our fixed reads of published claims
 *  (lib/public-api/read-public-claims.ts). A claim page is one statement of 20-odd joins or subqueries, and planning
 *  it cost 4-6 ms against 0.5-2 ms to run it. Our SQL whose best plan depends on its values (search, lists that
 *  depend on a term or a filter's value) names its tables without the schema and stays unnamed, planned for its
 *  values each time: a plan kept for a rare word would walk the wrong index for a common one. */
export function preparedStatementName(query: { sql: string }): string {
  // The adapter's type says string, but undefined (an unnamed statement) is what pg takes for "do not prepare".
  return (isPreparedSql(query.sql) ? `prepared_${createHash('sha1').update(query.sql).digest('base64url')}` : undefined) as string;
}

/** Whether a statement is sent prepared (preparedStatementName): it names a table with the schema. */
export const isPreparedSql = (sql: string) => sql.includes('"public"."');
