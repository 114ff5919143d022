import type { WritePathRate } from './bulk-import';
import type { BenchResults, RouteResult } from './run-benchmark';
import type { StatementStatistics, StatementsSummary } from './statements';

// The figures against issue 6's targets, and the Markdown table committed beside the JSON.

export const targets = {
  shareOfCeiling: 0.5,
  p99Ms: 100,
  searchP95Ms: 50,
  importShareOfCopy: 0.25,
  rssMb: 400,
};

/** Whether a measured route meets its targets, and if not, why not. */
export function routeVerdict(route: RouteResult): string {
  if (route.kind === 'ceiling') return '';
  // The issue's targets are for the public pages, the API and search; the desk is measured to watch, not judged.
  if (route.kind === 'desk') return 'measured only: not a public page or API route';
  if (route.kind === 'floor') return 'measured only: what every public page costs before it reads';
  const misses: string[] = [];
  if (route.kind === 'search') {
    if (!(route.p95Ms < targets.searchP95Ms)) misses.push(`p95 ≥ ${targets.searchP95Ms} ms`);
  } else {
    if (!(route.ratioToCeiling >= targets.shareOfCeiling)) misses.push(`< ${targets.shareOfCeiling * 100}% of ceiling`);
    if (!(route.p99Ms < targets.p99Ms)) misses.push(`p99 ≥ ${targets.p99Ms} ms`);
  }
  return misses.length ? `missed: ${misses.join(', ')}` : 'met';
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export function markdownReport(results: BenchResults): string {
  const { options, machine, bulkImport } = results;
  const lines = [
    `# Benchmark ${results.startedAt.slice(0, 10)}`,
    '',
    `\`npm run bench -- --scale ${options.claims}\` at commit ${results.commit}: ${options.claims.toLocaleString('en')} claims, ${options.connections} connections, ${options.secondsPerRoute} s per route after a warm-up, over loopback on ${machine.cpus} CPUs (Node ${machine.node}).`,
    `Load average (1, 5, 15 min) before: ${machine.loadAverageBefore.map((value) => value.toFixed(2)).join(', ')}; after: ${machine.loadAverageAfter.map((value) => value.toFixed(2)).join(', ')}.`,
    '',
    '| route | req/s | p50 ms | p95 ms | p99 ms | response KiB | ceiling beside, req/s | ceiling beside, p99 ms | × ceiling | first visits | server RSS peak MB | target |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
    ...results.routes.map(
      (route) =>
        `| ${route.name} | ${fixed(route.requestsPerSecond, 0)} | ${fixed(route.p50Ms)} | ${fixed(route.p95Ms)} | ${fixed(route.p99Ms)} | ${fixed(route.meanResponseBytes / 1024)} | ${route.kind === 'ceiling' ? '' : fixed(route.ceilingBeside, 0)} | ${route.kind === 'ceiling' ? '' : fixed(route.ceilingBesideP99Ms)} | ${fixed(route.ratioToCeiling, 2)} | ${fixed(route.firstVisitShare * 100, 0)}% | ${fixed(route.rssPeakMb, 0)} | ${routeVerdict(route)}${nonOk(route)} |`,
    ),
    '',
    '"Ceiling beside" is the ceiling route measured for half as long just before and just after the route, averaged; "× ceiling" compares the route with it, because this machine\'s speed drifts within minutes. The ceiling\'s own row is its run at the start. Its p99 beside a route is the tail any route had then: it rises as the run fills the public reads\' cache.',
    '',
    '"Floor" is a public page made like the others that reads nothing (pages/bench/floor.tsx): its share of the ceiling is what the Pages Router costs before any read, so a public page\'s distance below it is its own reading and rendering. It runs last, with the public reads\' cache as full as the run makes it.',
    '',
    '"Response KiB" is the mean response, headers included. From 64 K characters (128 KiB in Latin-1) a page costs the server about twice as much: V8 keeps each copy of its text in its large-object space (pages/index.tsx).',
    '',
    '"First visits" is the share of requests for an address not requested before in the run, which the public reads\' cache could not answer; the rest may have been served from it.',
    '',
    `Server resident memory over the whole run (the \`next start\` process tree): ${fixed(results.memory.startMb, 0)} MB once started, peak ${fixed(results.memory.peakMb, 0)} MB, mean ${fixed(results.memory.meanMb, 0)} MB (target < ${targets.rssMb} MB: ${results.memory.peakMb < targets.rssMb ? 'met' : 'missed'}).`,
    '',
    '## Bulk import',
    '',
    `${bulkImport.claims.toLocaleString('en')} claims, ${bulkImport.rows.toLocaleString('en')} rows (claims, versions, citations, topics, audit events), through the batch route and by COPY; a sample of ${bulkImport.single.claims.toLocaleString('en')} other claims one per request.`,
    '',
    '| path | claims | requests | seconds | claims/s | rows/s | × COPY | statuses |',
    '|---|--:|--:|--:|--:|--:|--:|---|',
    `| write path, batched: POST /api/v1/claims/batch, ${bulkImport.batch.claimsPerRequest} claims a request, ${bulkImport.batch.inFlight} in flight | ${importRow(bulkImport.batch, bulkImport.ratio)} |`,
    `| write path, one claim a request: POST /api/v1/claims, ${bulkImport.single.inFlight} in flight | ${importRow(bulkImport.single, bulkImport.singleRatio)} |`,
    `| ceiling: COPY in one transaction | ${bulkImport.claims.toLocaleString('en')} | | ${fixed(bulkImport.copy.seconds)} | ${fixed(bulkImport.copy.claimsPerSecond, 0)} | ${fixed(bulkImport.copy.rowsPerSecond, 0)} | 1.00 | |`,
    '',
    `Batched write path at ${fixed(bulkImport.ratio * 100)}% of COPY (target ≥ ${targets.importShareOfCopy * 100}%: ${bulkImport.ratio >= targets.importShareOfCopy ? 'met' : 'missed'}); one claim a request at ${fixed(bulkImport.singleRatio * 100)}%. Server resident memory peak during the import: ${fixed(bulkImport.rssPeakMb, 0)} MB.`,
    '',
    '## Query plans (EXPLAIN ANALYZE through auto_explain, two first visits per route, before the load)',
    '',
    '| route | queries | database ms | sequential scans on the claims tables (rows read) |',
    '|---|--:|--:|---|',
    ...Object.entries(results.plans).map(([name, plans]) => `| ${name} | ${plans.queries} | ${fixed(plans.databaseMs)} | ${plans.seqScansOnClaimTables.join(', ') || 'none'} |`),
    '',
    ...statementsSection(results.statements),
    `Record: ${Object.entries(results.record.rows).map(([table, count]) => `${table} ${count.toLocaleString('en')}`).join(', ')}; generated in ${fixed(results.record.seconds, 0)} s.`,
    '',
  ];
  return lines.join('\n');
}

/** How much of a statement the report shows: enough to tell which read it is. */
const shownStatementLength = 140;

/** As a code span: a backtick would end it. */
const shownStatement = (statement: StatementStatistics) =>
  `\`${statement.query.slice(0, shownStatementLength).replaceAll('`', "'")}${statement.query.length > shownStatementLength ? '…' : ''}\``;
/** In a table's cell, where a | would end the cell, code span or not. */
const statementCell = (statement: StatementStatistics) => shownStatement(statement).replaceAll('|', '\\|');

function statementsSection({ totalMs, calls, statements, costliest, replannedOnMostCalls }: StatementsSummary) {
  const planned = (statement: StatementStatistics) => `${fixed((100 * statement.plans) / statement.calls, 0)}%`;
  return [
    '## Postgres by statement, while the routes ran (pg_stat_statements)',
    '',
    `${calls.toLocaleString('en')} calls to ${statements.toLocaleString('en')} statements took ${fixed(totalMs / 1000)} s of Postgres, planning included. The ${costliest.length} costliest:`,
    '',
    '| statement | calls | planned | plan ms, mean | run ms, mean | total s | share |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...costliest.map(
      (statement) =>
        `| ${statementCell(statement)}${statement.prepared ? '' : ' (unprepared)'}${statement.replannedOnMostCalls ? ', planned on most calls' : ''} | ${statement.calls.toLocaleString('en')} | ${planned(statement)} | ${fixed(statement.meanPlanMs, 2)} | ${fixed(statement.meanRunMs, 2)} | ${fixed(statement.totalMs / 1000)} | ${fixed((100 * statement.totalMs) / totalMs, 0)}% |`,
    ),
    '',
    '"Planned" is the share of calls Postgres planned. A statement that names its tables with their schema is sent prepared (lib/database/prisma-client.ts): Postgres plans it for its values on its first five calls on each connection, then keeps a plan unless that plan looks dearer than one made for the values. The others are planned for their values on every call, by design.',
    '',
    `Prepared statements planned on most calls beyond those first ones (of at least 100): ${replannedOnMostCalls.length ? '' : 'none.'}`,
    ...replannedOnMostCalls.map(
      (statement) => `- ${shownStatement(statement)}: ${statement.calls.toLocaleString('en')} calls, ${planned(statement)} planned, ${fixed(statement.meanPlanMs, 2)} ms to plan, ${fixed(statement.meanRunMs, 2)} ms to run`,
    ),
    '',
  ];
}

function importRow(path: WritePathRate, ratio: number) {
  return [path.claims.toLocaleString('en'), path.requests.toLocaleString('en'), fixed(path.seconds), fixed(path.claimsPerSecond, 0), fixed(path.rowsPerSecond, 0), fixed(ratio, 2), JSON.stringify(path.statuses)].join(' | ');
}

function nonOk(route: RouteResult) {
  const other = Object.entries(route.statuses).filter(([status]) => status !== '200');
  const failures = [...other.map(([status, count]) => `${count}× ${status}`), ...(route.errors ? [`${route.errors} errors`] : [])];
  return failures.length ? `; ${failures.join(', ')}` : '';
}
