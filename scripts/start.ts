// `npm start`: Counterclaim with everything it needs. Without DATABASE_URL it runs an embedded Postgres under
// DATA_DIR (default .data) and loads the demo record into an empty database; with DATABASE_URL it uses that
// database and loads nothing. Then it applies migrations, builds when the build is stale, and serves.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import { demoAccounts, demoPassword } from '@/prisma/demo/accounts';
import { caseFoldingProblem } from '@/lib/database/case-folding';
import { assertDatabaseReachable } from '@/lib/database/check-connection';
import { ensureDatabase } from '@/lib/database/create-database';
import { applyMigrations } from '@/lib/migrations/migrations';
import { isBuildCurrent, sourceHash, stampBuild } from '@/lib/runtime/build-stamp';
import { assertPortFree } from '@/lib/runtime/check-port';
import { readOrCreateSecret } from '@/lib/runtime/secret-file';
import { parsePort, parseServerEnv, type ServerEnv } from '@/lib/env';
import { loadDemoIfEmpty } from './demo';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const startedAt = performance.now();

let stopDatabase: (() => Promise<void>) | undefined;
// The child running now, `next build` or `next start`: a signal to this process stops it first.
let child: ChildProcess | undefined;

async function main() {
  const port = parsePort(process.env.PORT);
  await assertPortFree(port);

  const embedded = !process.env.DATABASE_URL;
  const database = embedded ? await startEmbeddedDatabase() : await useExternalDatabase(process.env.DATABASE_URL!);
  const env = parseServerEnv({
    ...process.env,
    PORT: String(port),
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? database.secret,
    BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`,
  });

  const applied = await applyMigrations(env.DATABASE_URL);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  if (embedded && (await loadDemoIfEmpty(env))) log('loaded the demo record');
  const caseProblem = await caseFoldingProblem(env.DATABASE_URL, { embedded });
  if (caseProblem) log(`warning: ${caseProblem}`);

  await buildIfStale(env);
  await serve(env);
  if (embedded) printDemoAccounts();
  log(`Counterclaim is ready at ${env.BETTER_AUTH_URL} (started in ${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
  log('Ctrl-C stops it.');
}

async function startEmbeddedDatabase() {
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
  const { startEmbeddedPostgres } = await import('@/lib/database/embedded-postgres');
  const postgres = await startEmbeddedPostgres(dataDir);
  stopDatabase = postgres.stop;
  await ensureDatabase(postgres.databaseUrl('postgres'), 'counterclaim');
  log(`embedded Postgres running, data in ${path.relative(root, dataDir) || dataDir}`);
  return {
    url: postgres.databaseUrl('counterclaim'),
    // Sessions must survive a restart, so the demo's auth secret is kept beside its data.
    secret: await readOrCreateSecret(path.join(dataDir, 'auth-secret')),
  };
}

async function useExternalDatabase(url: string) {
  await assertDatabaseReachable(url);
  return { url, secret: undefined };
}

async function buildIfStale(env: ServerEnv) {
  const hash = await sourceHash(root);
  if (await isBuildCurrent(root, hash)) return;
  log('building the app (first start, or the sources changed)…');
  const code = await new Promise<number | null>((resolve) => {
    child = spawn(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: childEnv(env) });
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  await stampBuild(root, hash);
}

async function serve(env: ServerEnv) {
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(env.PORT)], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: withMemoryLimits(childEnv(env)),
  });
  child = server;
  server.on('exit', (code, signal) => {
    if (shuttingDown) return;
    log(`the web server stopped (${signal ?? `exit code ${code}`})`);
    void shutdown(1);
  });
  await waitUntilHealthy(server, env.PORT);
}

function childEnv(env: ServerEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: env.DATABASE_URL,
    BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET,
    BETTER_AUTH_URL: env.BETTER_AUTH_URL,
    PORT: String(env.PORT),
  };
}

/** The web server's V8 heap limit, in MB. Left alone, V8 lets the heap grow towards its default limit (gigabytes on
 *  a machine with plenty of memory) before it collects hard: under the benchmark the server reached 810-906 MB
 *  resident. Capped at 256 MB it peaked at 383 MB over the benchmark's routes and 408 MB during its bulk import;
 *  at 224 MB, 381 and 386 MB, with no difference in throughput that this machine's run-to-run noise could show
 *  (192 MB: 341 and 362 MB, and the review queue's large pages looked slower). A NODE_OPTIONS that already sets a
 *  limit wins; the build keeps Node's default. */
const serverHeapMb = 224;

/** glibc's malloc otherwise keeps an arena per thread that allocates (up to eight per core), and the server's
 *  native memory grew to about 90 MB resident across them. Two arenas took the bulk import's peak from 441 to
 *  408 MB (both with a 256 MB heap). An environment that sets its own wins. */
const mallocArenas = '2';

function withMemoryLimits(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? '';
  const limited = /--max-old-space-size\b/.test(options) ? env : { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${serverHeapMb}`.trim() };
  return { ...limited, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? mallocArenas };
}

async function waitUntilHealthy(server: ChildProcess, port: number) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error('the web server exited while starting');
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the web server did not answer on port ${port} within 60 s`);
}

function printDemoAccounts() {
  log(`demo accounts (password "${demoPassword}"):`);
  for (const account of demoAccounts) log(`  ${account.email.padEnd(22)} ${account.role}`);
}

let shuttingDown = false;

/** Stops the child (build or web server), then Postgres. */
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  await stopChild(child);
  await stopDatabase?.();
  process.exit(code);
}

const childGraceMs = 5_000;

/** SIGTERM, and SIGKILL if the child has not gone within a few seconds. */
function stopChild(running: ChildProcess | undefined) {
  if (!running || running.exitCode !== null || running.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => running.kill('SIGKILL'), childGraceMs);
    running.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    running.kill('SIGTERM');
  });
}

// On SIGINT, SIGTERM and SIGHUP, async-exit-hook runs every hook and then exits. embedded-postgres registers
// its own, which stops Postgres at the same time as this one stops the child: a web server losing its
// database while it shuts down is harmless.
exitHook((done: () => void) => {
  shuttingDown = true;
  void stopChild(child).then(() => stopDatabase?.()).then(done, done);
});

function log(message: string) {
  console.log(`counterclaim: ${message}`);
}

main().catch(async (error: unknown) => {
  console.error(`counterclaim: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
