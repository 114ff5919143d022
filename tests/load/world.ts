// The load test's world: a throwaway embedded Postgres with the demo record, an API token per demo account made
// through lib/tokens, and the production build served by `npm start`'s own script, as e2e/global-setup.ts does.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { createPrismaClient } from '@/lib/database/prisma-client';
import { startThrowawayPostgres } from '@/lib/database/throwaway-postgres';
import { withClient } from '@/lib/database/with-client';
import { applyMigrations } from '@/lib/migrations/migrations';
import { findFreePort } from '@/lib/runtime/check-port';
import { demoAccounts, demoPassword, type DemoAccountKey } from '@/prisma/demo/accounts';
import { loadDemoIfEmpty } from '@/scripts/demo';

const root = path.resolve(import.meta.dirname, '../..');

export type World = Awaited<ReturnType<typeof startWorld>>;

/** The server's own output: Next.js logs every error it answers 503 for, hundreds during an outage. */
export const serverLog = path.join(root, 'test-results', 'load-server.log');

export async function startWorld() {
  const postgres = await startThrowawayPostgres('load');
  let server: ChildProcess | undefined;
  const stopServer = () =>
    new Promise<void>((resolve) => {
      if (!server || server.exitCode !== null || server.signalCode !== null) return resolve();
      server.removeAllListeners('exit');
      server.on('exit', () => resolve());
      server.kill('SIGTERM');
    });
  try {
    const databaseUrl = await postgres.createDatabase('counterclaim_load');
    const port = await findFreePort();
    const env = {
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: randomBytes(32).toString('base64url'),
      BETTER_AUTH_URL: `http://localhost:${port}`,
      PORT: String(port),
    };
    await applyMigrations(databaseUrl);
    await loadDemoIfEmpty(env);
    const tokens = await createTokens(databaseUrl);
    server = await startApp(env);
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      editorCookie: await signIn(env.BETTER_AUTH_URL, 'editor@demo.test'),
      databaseUrl,
      tokens,
      postgres,
      query: <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => query<T>(databaseUrl, sql, params),
      async stop() {
        await stopServer();
        await postgres.stop();
      },
    };
  } catch (error) {
    // A world that did not come up leaves nothing running behind it.
    await stopServer();
    await postgres.stop();
    throw error;
  }
}

/** `npm start`'s script against the prepared database, its output in serverLog; resolves once it serves. */
async function startApp(env: Record<string, string>) {
  const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await mkdir(path.dirname(serverLog), { recursive: true });
  const log = createWriteStream(serverLog);
  // Both streams into one file, which neither may close for the other.
  server.stdout!.pipe(log, { end: false });
  server.stderr!.pipe(log, { end: false });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('is ready at')) resolve();
    });
    server.on('exit', (code, signal) => reject(new Error(`the app did not start (${signal ?? `exit code ${code}`}); see ${serverLog}`)));
  });
  return server;
}

/** One token per demo account, made by lib/tokens as the settings page makes them (it writes through lib/db.ts,
 *  which reads DATABASE_URL when first imported). */
async function createTokens(databaseUrl: string): Promise<Record<DemoAccountKey, string>> {
  process.env.DATABASE_URL = databaseUrl;
  const { createApiToken } = await import('@/lib/tokens/api-tokens');
  const database = createPrismaClient(databaseUrl);
  try {
    const tokens = {} as Record<DemoAccountKey, string>;
    for (const account of demoAccounts) {
      const user = await database.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true, name: true, email: true, role: true } });
      tokens[account.key] = (await createApiToken(user, { name: 'load test' })).token;
    }
    return tokens;
  } finally {
    await database.$disconnect();
    const { db } = await import('@/lib/db');
    await db.$disconnect();
  }
}

/** A session cookie, through better-auth's own sign-in route as a browser gets one. */
async function signIn(origin: string, email: string) {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`signing in as ${email} failed: ${response.status}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[]) {
  return withClient(databaseUrl, async (client) => (await client.query<T>(sql, params)).rows);
}
