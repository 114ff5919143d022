import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from '@/lib/runtime/check-port';
import { freshDatabase } from '../setup/databases';

// `npm start` as a user meets it: a child process, its output, its exit code.
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function start(env: Record<string, string | undefined>) {
  // Nothing of the test run's own configuration leaks into the app's.
  const { DATABASE_URL: _url, BETTER_AUTH_URL: _authUrl, BETTER_AUTH_SECRET: _secret, ...base } = process.env;
  const child = spawn(tsx, ['scripts/start.ts'], { cwd: root, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => stdout.includes('is ready at') && resolve());
    void exited.then(() => reject(new Error(`start exited before it was ready:\n${stdout}\n${stderr}`)));
  });
  ready.catch(() => {}); // awaited only by the tests that expect a start; the others read the exit code
  started.push(child);
  return { child, exited, ready, output: () => ({ stdout, stderr }) };
}

// A test that fails half-way must not leave its server (and that server's Postgres) running.
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
});

const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('counterclaim:'));

describe('npm start refuses bad configuration with one clear line', () => {
  it('an unreachable DATABASE_URL', async () => {
    const run = start({ DATABASE_URL: 'postgresql://nobody:secret@127.0.0.1:9/none', PORT: String(await findFreePort()) });
    expect(await run.exited).not.toBe(0);
    const lines = errorLines(run.output().stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot reach the database at postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1:9\/none/);
  });

  it('a taken PORT', async () => {
    const blocker = net.createServer().listen(0);
    await new Promise((resolve) => blocker.once('listening', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const run = start({ DATABASE_URL: process.env.DATABASE_URL, PORT: String(port) });
      expect(await run.exited).not.toBe(0);
      expect(errorLines(run.output().stderr)).toEqual([`counterclaim: port ${port} is taken (set PORT to a free port)`]);
    } finally {
      blocker.close();
    }
  });

  it('a data directory that is not writable', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'counterclaim-notdir-')), 'a-file');
    await writeFile(file, '');
    const run = start({ DATA_DIR: path.join(file, 'data'), PORT: String(await findFreePort()) });
    expect(await run.exited).not.toBe(0);
    expect(errorLines(run.output().stderr)).toEqual([
      `counterclaim: the data directory ${path.join(file, 'data')} is not writable (set DATA_DIR to a writable directory)`,
    ]);
  });
});

describe('npm start serves', () => {
  it('with DATABASE_URL: that database, migrated, no demo accounts but the initial admin, and stops on SIGTERM', { timeout: 600_000 }, async () => {
    const databaseUrl = await freshDatabase('start_external', { migrate: false });
    const port = await findFreePort();
    const run = start({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      BETTER_AUTH_SECRET: 'start-test-secret-start-test-secret-1234',
      INITIAL_ADMIN_EMAIL: 'chief@newsroom.test',
      INITIAL_ADMIN_PASSWORD: 'a-long-initial-password',
    });
    await run.ready;
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', db: 'ok' });
    expect(run.output().stdout).not.toContain('embedded Postgres');

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const users = await client.query('SELECT email, role FROM "User"');
    const migrations = await client.query('SELECT count(*)::int AS n FROM _prisma_migrations');
    await client.end();
    expect(users.rows).toEqual([{ email: 'chief@newsroom.test', role: 'ADMIN' }]);
    const signIn = await fetch(`http://localhost:${port}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://localhost:${port}` },
      body: JSON.stringify({ email: 'chief@newsroom.test', password: 'a-long-initial-password' }),
    });
    expect(signIn.status).toBe(200);
    expect(migrations.rows[0].n).toBeGreaterThan(0);

    run.child.kill('SIGTERM');
    await run.exited;
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  });

  it('without DATABASE_URL: an embedded Postgres with the demo record, reused on a second start, and nothing left after Ctrl-C', { timeout: 600_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'counterclaim-start-'));
    for (const attempt of ['first', 'second']) {
      const port = await findFreePort();
      const run = start({ DATA_DIR: dataDir, PORT: String(port) });
      await run.ready;
      const { stdout } = run.output();
      expect(stdout).toContain('editor@demo.test');
      expect(stdout).toContain(`ready at http://localhost:${port}`);
      expect(stdout.includes('loaded the demo record'), attempt).toBe(attempt === 'first');
      const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(home).toContain('AQIM backs ISIS');

      const postmasterPid = Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
      run.child.kill('SIGINT');
      await run.exited;
      expect(isAlive(postmasterPid)).toBe(false);
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    }
  });
});

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
