import { preparedStatementName } from '@/lib/database/prisma-client';
import { withClient } from './with-client';

// Where Postgres's time went while the routes ran, statement by statement: pg_stat_statements, loaded into the
// benchmark's Postgres at its start, counts each statement's calls, how often it was planned and how long planning
// and running took. The server prepares the statements that name their tables with the schema, and Postgres should
// keep a plan for each on each connection after five; one planned on every call spends its time planning. A
// contradiction's own address did, until it asked for one id rather than a list of one (list-contradictions.ts).

/** The settings the benchmark's Postgres starts with. */
export const statementStatisticsSettings = { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_planning': 'on' };

export type StatementStatistics = {
  /** The statement as pg_stat_statements keeps it, its values replaced by $n, and its spaces collapsed. */
  query: string;
  calls: number;
  plans: number;
  meanPlanMs: number;
  meanRunMs: number;
  totalMs: number;
  /** Whether the server sends it as a named prepared statement (lib/database/prisma-client.ts). */
  prepared: boolean;
};

export type StatementsSummary = {
  totalMs: number;
  calls: number;
  /** The most costly. */
  statements: StatementStatistics[];
  /** Every prepared statement planned on most of its calls (isPlannedEveryCall), costly or not. */
  plannedEveryCall: StatementStatistics[];
};

/** How many statements the report lists: the most costly. */
const listed = 12;

/** Starts counting afresh, in the benchmark's database. */
export async function resetStatementStatistics(databaseUrl: string) {
  await withClient(databaseUrl, async (client) => {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT pg_stat_statements_reset()');
  });
}

/** What was counted since the reset in the benchmark's database, the most costly statements first. */
export async function readStatementStatistics(databaseUrl: string): Promise<StatementsSummary> {
  const { rows } = await withClient(databaseUrl, (client) =>
    client.query<{ query: string; calls: string; plans: string; plan_ms: number; run_ms: number }>(`
      SELECT query, calls, plans, total_plan_time AS plan_ms, total_exec_time AS run_ms FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`),
  );
  const statements = rows
    .map((row) => ({
      query: row.query.replace(/\s+/g, ' ').trim(),
      calls: Number(row.calls),
      plans: Number(row.plans),
      meanPlanMs: Number(row.plans) ? row.plan_ms / Number(row.plans) : 0,
      meanRunMs: row.run_ms / Number(row.calls),
      totalMs: row.plan_ms + row.run_ms,
      prepared: preparedStatementName({ sql: row.query }) !== undefined,
    }))
    .sort((a, b) => b.totalMs - a.totalMs);
  const kept = (statement: StatementStatistics) => ({ ...statement, query: statement.query.slice(0, 400) });
  return {
    totalMs: statements.reduce((sum, statement) => sum + statement.totalMs, 0),
    calls: statements.reduce((sum, statement) => sum + statement.calls, 0),
    statements: statements.slice(0, listed).map(kept),
    plannedEveryCall: statements.filter(isPlannedEveryCall).map(kept),
  };
}

/** A prepared statement planned on most of its calls, over enough calls for the kept plan to have come. */
export const isPlannedEveryCall = (statement: StatementStatistics) => statement.prepared && statement.calls >= 100 && statement.plans > statement.calls / 2;
