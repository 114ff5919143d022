import { isPreparedSql } from '@/lib/database/prisma-client';
import { withClient } from '@/lib/database/with-client';

// Where Postgres's time went while the routes ran, statement by statement, from pg_stat_statements. It has to be
// loaded when Postgres starts, and counts plans only with track_planning on: the count of plans is what shows a
// prepared statement (lib/database/prisma-client.ts) that Postgres plans again on every call instead of keeping
// a plan, and planning a public read can cost several times what running it does (list-contradictions.ts,
// contradictionTexts).

/** The settings the benchmark's Postgres starts with. */
export const statementStatisticsSettings = { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_planning': 'on' };

export type StatementStatistics = {
  /** The statement as pg_stat_statements keeps it, its constants replaced by $n, and its spaces collapsed. */
  query: string;
  calls: number;
  plans: number;
  meanPlanMs: number;
  meanRunMs: number;
  totalMs: number;
  /** Whether the server sends it as a named prepared statement. */
  prepared: boolean;
  /** A prepared statement Postgres planned on most of its calls beyond those a kept plan takes. */
  replannedOnMostCalls: boolean;
};

export type StatementsSummary = {
  /** Postgres's time for all of them, planning included. */
  totalMs: number;
  calls: number;
  /** How many different statements were counted. */
  statements: number;
  costliest: StatementStatistics[];
  /** Every prepared statement planned on most calls, costly or not. */
  replannedOnMostCalls: StatementStatistics[];
};

/** How many statements the report lists, the costliest, and how much of each it keeps. */
const costliestShown = 12;
const keptStatementLength = 400;

/** Postgres plans a prepared statement for its values on each of its first five calls on a connection, then once
 *  more to make the plan it may keep; the report counts only the calls after those. */
const plansBeforeKeeping = 6;
/** Fewer calls than this after those say nothing either way. */
const callsToJudge = 100;

/** Starts counting afresh. The extension lives in the maintenance database, which holds the functions and view
 *  for reading it, so the benchmark's database keeps the schema its migrations made. */
export async function resetStatementStatistics(serverUrl: string) {
  await withClient(serverUrl, async (client) => {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT pg_stat_statements_reset()');
  });
}

/** What was counted in `database` since the reset, the costliest statements first. */
export async function readStatementStatistics(serverUrl: string, database: string): Promise<StatementsSummary> {
  return withClient(serverUrl, async (client) => {
    const { rows: [{ connections }] } = await client.query<{ connections: number }>(
      `SELECT count(*)::int AS connections FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'`,
      [database],
    );
    const { rows } = await client.query<CountedStatement>(
      `SELECT query, calls, plans, total_plan_time AS "planMs", total_exec_time AS "runMs" FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)`,
      [database],
    );
    return summarizeStatements(rows, connections);
  });
}

/** A row of pg_stat_statements as read: its counts are bigints, which pg gives as text. */
export type CountedStatement = { query: string | null; calls: string; plans: string; planMs: number; runMs: number };

/** The statements counted, the costliest first, over `connections` to the server's database. */
export function summarizeStatements(rows: CountedStatement[], connections: number): StatementsSummary {
  const keptAfter = plansBeforeKeeping * connections;
  const statements = rows
    .filter((row) => row.query !== null && Number(row.calls) > 0)
    .map((row) => {
      const [calls, plans, query] = [Number(row.calls), Number(row.plans), row.query!.replace(/\s+/g, ' ').trim()];
      const prepared = isPreparedSql(query);
      return {
        query: query.slice(0, keptStatementLength),
        calls,
        plans,
        meanPlanMs: plans ? row.planMs / plans : 0,
        meanRunMs: row.runMs / calls,
        totalMs: row.planMs + row.runMs,
        prepared,
        replannedOnMostCalls: prepared && calls - keptAfter >= callsToJudge && plans - keptAfter > (calls - keptAfter) / 2,
      };
    })
    .sort((a, b) => b.totalMs - a.totalMs);
  return {
    totalMs: statements.reduce((sum, statement) => sum + statement.totalMs, 0),
    calls: statements.reduce((sum, statement) => sum + statement.calls, 0),
    statements: statements.length,
    costliest: statements.slice(0, costliestShown),
    replannedOnMostCalls: statements.filter((statement) => statement.replannedOnMostCalls),
  };
}
