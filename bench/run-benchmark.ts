import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { databaseNameOf } from '@/lib/database/create-database';
import { startThrowawayPostgres } from '@/lib/database/throwaway-postgres';
import { applyMigrations } from '@/lib/migrations/migrations';
import { createBenchAccounts, signInReviewer } from './accounts';
import { measureBulkImport, type BulkImportResult } from './bulk-import';
import { capturePlans, preloadAutoExplain, type RoutePlans } from './explain';
import { loadRoute, type LoadResult } from './load';
import { measuredRoutes, readsNothing, type MeasuredRoute } from './routes';
import { findNextServer, sampleMemory } from './rss';
import { startBenchServer, type BenchServer } from './server';
import { readStatementStatistics, resetStatementStatistics, statementStatisticsSettings, type StatementsSummary } from './statements';
import { generateRecord } from './synthetic/generate-record';
import { recordSize, type RecordSize } from './synthetic/record-size';
import { pickTargets } from './targets';

// One benchmark run, start to finish: a throwaway Postgres, the synthetic record, the production server against
// it, every route under load with the server's memory sampled, the plans of each route's queries, Postgres's time by
// statement, and bulk import.
// Everything it started is stopped again, whatever happens.

export type BenchOptions = {
  claims: number;
  secondsPerRoute: number;
  connections: number;
  importClaims: number;
  log: (message: string) => void;
  /** Names the code in the working tree: asked just before the server starts, which is when it is built. */
  revision: () => string;
};

export type RouteResult = Omit<MeasuredRoute, 'paths' | 'headers'> & {
  addresses: number;
  firstAnswers: number[];
  /** The ceiling's requests per second measured just before and just after this route, averaged. */
  ceilingBeside: number;
  /** The ceiling's p99 in those two runs, averaged: the tail the server and the machine had then, whatever the
   *  route. Filling the public reads' cache, as the routes before a late one do, raises it. */
  ceilingBesideP99Ms: number;
  ratioToCeiling: number;
  rssPeakMb: number;
  loadAverage: number;
} & LoadResult;

export type BenchResults = {
  /** The commit the measured server was built from. */
  commit: string;
  startedAt: string;
  options: Omit<BenchOptions, 'log' | 'revision'>;
  size: RecordSize;
  machine: { cpus: number; memoryGb: number; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  record: { rows: Record<string, number>; seconds: number };
  routes: RouteResult[];
  plans: Record<string, RoutePlans>;
  /** Postgres's time by statement while the routes ran under load (not the plans' first visits, nor the import). */
  statements: StatementsSummary;
  bulkImport: BulkImportResult & { rssPeakMb: number };
  memory: { startMb: number; peakMb: number; meanMb: number; samples: number };
};

export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  const { log } = options;
  const startedAt = new Date().toISOString();
  const loadAverageBefore = os.loadavg();
  const postgres = await startThrowawayPostgres('bench', statementStatisticsSettings);
  let server: BenchServer | undefined;
  try {
    const databaseUrl = await postgres.createDatabase('counterclaim_bench');
    await applyMigrations(databaseUrl);
    await preloadAutoExplain(databaseUrl);
    const size = recordSize(options.claims);
    log(`generating the record: ${size.claims.toLocaleString('en')} claims`);
    const record = await generateRecord(databaseUrl, size, (message) => log(`  ${message}`));
    log(`record generated in ${record.seconds.toFixed(0)} s`);

    const secret = randomBytes(32).toString('base64url');
    const commit = options.revision();
    server = await startBenchServer(databaseUrl, secret, log);
    const accounts = await createBenchAccounts(databaseUrl, { secret, baseURL: server.baseUrl });
    const nextServer = findNextServer(server.pid);
    const memory = sampleMemory(nextServer);
    const routes = measuredRoutes(await pickTargets(databaseUrl), await signInReviewer(server.baseUrl));
    const baseUrl = server.baseUrl;
    const fetchPath = async (route: MeasuredRoute, path: string) => {
      const response = await fetch(`${baseUrl}${path}`, { headers: route.headers, redirect: 'manual' });
      await response.arrayBuffer();
      return response.status;
    };

    // Plans first, while nothing is cached: the two addresses of each route kept back from its load below.
    const reserved = 2;
    log('capturing query plans');
    const results: RouteResult[] = [];
    // The statuses of those first visits, one request at a time: every route's answer, however slow the machine.
    const firstAnswers = new Map<string, number[]>();
    const visit = async (route: MeasuredRoute) => {
      for (const path of route.paths.slice(-reserved)) firstAnswers.set(route.name, [...(firstAnswers.get(route.name) ?? []), await fetchPath(route, path)]);
    };
    const plans = await capturePlans(
      databaseUrl,
      postgres.logFile,
      routes.filter((route) => !readsNothing(route)).map((route) => ({ name: route.name, visit: () => visit(route) })),
    );
    for (const route of routes.filter(readsNothing)) await visit(route);

    const visited = new Set(routes.flatMap((route) => route.paths.slice(-reserved)));
    // This machine's speed drifts by up to a factor of two within minutes, so each route is compared with the
    // ceiling measured on either side of it rather than with the ceiling's own run at the start.
    const ceilingRoute = routes.find((route) => route.kind === 'ceiling')!;
    const measureCeiling = (seconds: number) => loadRoute({ baseUrl, paths: ceilingRoute.paths, connections: options.connections, visited, seconds });
    const besideSeconds = Math.max(1, Math.round(options.secondsPerRoute / 2));
    await resetStatementStatistics(postgres.serverUrl);
    for (const route of routes) {
      const { paths: all, headers, ...described } = route;
      const paths = all.length > reserved ? all.slice(0, -reserved) : all;
      const load = { baseUrl, paths, headers, connections: options.connections, visited };
      // A warm-up first: the first requests to a route load its code and fill the connection pool.
      await loadRoute({ ...load, seconds: Math.max(1, Math.round(options.secondsPerRoute / 5)) });
      const ceilingBefore = route.kind === 'ceiling' ? undefined : await measureCeiling(besideSeconds);
      const routeMemory = sampleMemory(nextServer);
      const measured = await loadRoute({ ...load, seconds: options.secondsPerRoute });
      const rssPeakMb = routeMemory.stop().peakMb;
      const ceilingRuns = ceilingBefore === undefined ? [measured] : [ceilingBefore, await measureCeiling(besideSeconds)];
      const averaged = (figure: (run: LoadResult) => number) => ceilingRuns.reduce((sum, run) => sum + figure(run), 0) / ceilingRuns.length;
      const ceilingBeside = averaged((run) => run.requestsPerSecond);
      const result = {
        ...described,
        addresses: all.length,
        firstAnswers: firstAnswers.get(route.name) ?? [],
        ...measured,
        ceilingBeside,
        ceilingBesideP99Ms: averaged((run) => run.p99Ms),
        ratioToCeiling: measured.requestsPerSecond / ceilingBeside,
        rssPeakMb,
        loadAverage: os.loadavg()[0],
      };
      log(`${route.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ${(result.ratioToCeiling * 100).toFixed(0)}% of the ceiling beside it (${ceilingBeside.toFixed(0)} req/s), ${(result.firstVisitShare * 100).toFixed(0)}% first visits`);
      results.push(result);
    }

    const statements = await readStatementStatistics(postgres.serverUrl, databaseNameOf(databaseUrl));

    log(`bulk import: ${options.importClaims.toLocaleString('en')} claims through POST /api/v1/claims/batch, a sample one per request through POST /api/v1/claims, then by COPY`);
    const importMemory = sampleMemory(nextServer);
    const imported = await measureBulkImport({ baseUrl, token: accounts.editorToken, editorId: accounts.editorId, databaseUrl, size, claims: options.importClaims, connections: options.connections });
    const bulkImport = { ...imported, rssPeakMb: importMemory.stop().peakMb };
    log(`bulk import: batch ${bulkImport.batch.claimsPerSecond.toFixed(0)} claims/s, one per request ${bulkImport.single.claimsPerSecond.toFixed(0)} claims/s, COPY ${bulkImport.copy.claimsPerSecond.toFixed(0)} claims/s`);
    return {
      commit,
      startedAt,
      options: { claims: options.claims, secondsPerRoute: options.secondsPerRoute, connections: options.connections, importClaims: options.importClaims },
      size,
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageBefore, loadAverageAfter: os.loadavg() },
      record,
      routes: results,
      plans,
      statements,
      bulkImport,
      memory: memory.stop(),
    };
  } finally {
    await server?.stop();
    await postgres.stop();
  }
}
