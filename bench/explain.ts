import { readFile, stat } from 'node:fs/promises';
import { databaseNameOf } from '@/lib/database/create-database';
import { withClient } from '@/lib/database/with-client';

// The plans of the queries the server really runs for each route, with their actual row counts: Postgres's
// auto_explain module, loaded into every session of the benchmark's database, logs them while the pass is on.
// Nothing here restates the app's SQL, so whatever a route queries (Prisma or raw SQL) is what gets checked.

/** The record's big tables: a sequential scan on one of these grows with the record. */
export const claimTables = ['Claim', 'ClaimVersion', 'Citation', 'ClaimVersionTopic', 'ClaimLink', 'ClaimLinkVersion', 'Review', 'AuditEvent', 'PublishedClaimSearch', 'PublishedClaimTopic', 'PublishedClaimEntity', 'PublishedClaimSource'];

export type QueryPlan = { durationMs: number; query: string; seqScans: { table: string; rows: number }[] };
export type RoutePlans = { queries: number; databaseMs: number; seqScansOnClaimTables: string[]; plans: QueryPlan[] };

/** Before the server connects: every new session of this database loads auto_explain, which stays silent until
 *  the pass turns it on. */
export async function preloadAutoExplain(databaseUrl: string) {
  await withClient(databaseUrl, async (client) => {
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(databaseNameOf(databaseUrl))} SET session_preload_libraries = 'auto_explain'`);
  });
}

/** Runs `visit` for each route with plan logging on, and returns each route's plans. */
export async function capturePlans(databaseUrl: string, logFile: string, routes: { name: string; visit: () => Promise<void> }[]) {
  const captured: Record<string, RoutePlans> = {};
  await withClient(databaseUrl, async (client) => {
    // LOAD makes the module's settings known to this session, so ALTER SYSTEM accepts them; the reload hands them
    // to the server's already open sessions.
    await client.query(`LOAD 'auto_explain'`);
    const settings = { log_min_duration: '0', log_analyze: 'on', log_format: 'text', log_nested_statements: 'off' };
    for (const [name, value] of Object.entries(settings)) await client.query(`ALTER SYSTEM SET auto_explain.${name} = '${value}'`);
    await client.query('SELECT pg_reload_conf()');
    try {
      await settledSize(logFile);
      for (const route of routes) {
        const start = await settledSize(logFile);
        await route.visit();
        const end = await settledSize(logFile);
        captured[route.name] = summarize(parsePlans((await readFile(logFile)).subarray(start, end).toString('utf8')));
      }
    } finally {
      for (const name of Object.keys(settings)) await client.query(`ALTER SYSTEM RESET auto_explain.${name}`);
      await client.query('SELECT pg_reload_conf()');
    }
  });
  return captured;
}

/** The log is appended asynchronously: wait until it stops growing. */
async function settledSize(file: string) {
  let size = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = (await stat(file).catch(() => ({ size: 0 }))).size;
    if (now === size) return size;
    size = now;
  }
}

/** auto_explain's text entries: "LOG:  duration: 1.2 ms  plan:", the query, then the plan; continuation lines are
 *  indented by a tab, and the plan starts at the first line with a cost estimate. */
export function parsePlans(log: string): QueryPlan[] {
  const plans: QueryPlan[] = [];
  for (const entry of log.split(/\n(?=\S)/)) {
    const header = /LOG:\s+duration: ([\d.]+) ms\s+plan:/.exec(entry);
    if (!header) continue;
    const lines = entry.split('\n').slice(1);
    const planStart = lines.findIndex((line) => /\(cost=/.test(line));
    if (planStart === -1) continue;
    const query = lines.slice(0, planStart).join(' ').replace(/^\s*Query Text:/, '').replace(/\s+/g, ' ').trim();
    // The benchmark's own session turning logging on and off does not count, nor the server's look at the queue of
    // claims whose JSON it stores again (lib/public-api/refill-claim-json.ts), which runs every 2 s whatever is asked.
    if (/auto_explain|pg_reload_conf|counterclaim_refill_claim_json/.test(query)) continue;
    plans.push({ durationMs: Number(header[1]), query: query.slice(0, 400), seqScans: sequentialScans(lines.slice(planStart)) });
  }
  return plans;
}

/** Each sequential scan with the rows it read: those it returned and those its filter removed, over all loops. */
function sequentialScans(planLines: string[]) {
  const scans: { table: string; rows: number }[] = [];
  planLines.forEach((line, index) => {
    const scan = /Seq Scan on "?(\w+)"?.*actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+) loops=(\d+)\)/.exec(line);
    if (!scan) return;
    // The node's details follow on deeper-indented lines, up to the next node ("->").
    const details = planLines.slice(index + 1).findIndex((next) => next.includes('->'));
    const removed = planLines
      .slice(index + 1, details === -1 ? undefined : index + 1 + details)
      .map((next) => /Rows Removed by Filter: ([\d.]+)/.exec(next)?.[1])
      .find(Boolean);
    const loops = Number(scan[3]);
    scans.push({ table: scan[1], rows: Math.round((Number(scan[2]) + Number(removed ?? 0)) * loops) });
  });
  return scans;
}

function summarize(plans: QueryPlan[]): RoutePlans {
  const onClaimTables = plans.flatMap((plan) => plan.seqScans.filter((scan) => claimTables.includes(scan.table)).map((scan) => `${scan.table} (${scan.rows} rows)`));
  return {
    queries: plans.length,
    databaseMs: Math.round(plans.reduce((sum, plan) => sum + plan.durationMs, 0) * 100) / 100,
    seqScansOnClaimTables: [...new Set(onClaimTables)],
    plans,
  };
}
