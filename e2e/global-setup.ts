// The browser tests' world: a throwaway embedded Postgres with the demo record, and Counterclaim's production
// build served by `npm start`'s own script against it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { startThrowawayPostgres } from '@/lib/database/throwaway-postgres';
import { applyMigrations } from '@/lib/migrations/migrations';
import { writeFile, mkdir } from 'node:fs/promises';
import { createAuth } from '@/lib/auth/create-auth';
import { createPrismaClient } from '@/lib/database/prisma-client';
import { demoAccounts, demoPassword } from '@/prisma/demo/accounts';
import { loadDemoIfEmpty } from '@/scripts/demo';
import { authorAdmin, sessionFile } from './support/sign-in';

const root = path.resolve(import.meta.dirname, '..');

/** One session per demo account, signed in once through better-auth's own API and kept for the tests: signing
 *  in over HTTP for every test would run into the sign-in rate limit, as it should. */
async function saveDemoSessions(env: { DATABASE_URL: string; BETTER_AUTH_SECRET: string; BETTER_AUTH_URL: string }, domain: string) {
  const database = createPrismaClient(env.DATABASE_URL);
  const auth = createAuth(database, { secret: env.BETTER_AUTH_SECRET, baseURL: env.BETTER_AUTH_URL });
  await mkdir(path.dirname(sessionFile('x')), { recursive: true });
  // A second administrator: the authorization matrix needs an author who holds review rights.
  await auth.api.createUser({ body: { email: authorAdmin, password: demoPassword, name: 'Author Admin', role: 'ADMIN' } });
  for (const email of [...demoAccounts.map((account) => account.email), authorAdmin]) {
    const response = await auth.api.signInEmail({ body: { email, password: demoPassword }, asResponse: true });
    const cookies = response.headers.getSetCookie().map((header) => {
      const [pair] = header.split(';');
      const separator = pair.indexOf('=');
      return { name: pair.slice(0, separator), value: pair.slice(separator + 1), domain, path: '/', httpOnly: true, secure: false, sameSite: 'Lax' as const };
    });
    await writeFile(sessionFile(email), JSON.stringify(cookies));
  }
  await database.$disconnect();
}

export default async function globalSetup(config: FullConfig) {
  const baseURL = new URL(String(config.projects[0].use.baseURL));
  const postgres = await startThrowawayPostgres('e2e');
  const databaseUrl = await postgres.createDatabase('counterclaim_e2e');
  const env = {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    BETTER_AUTH_URL: baseURL.origin,
    PORT: baseURL.port,
  };
  await applyMigrations(databaseUrl);
  await loadDemoIfEmpty(env);
  await saveDemoSessions(env, baseURL.hostname);
  process.env.E2E_DATABASE_URL = databaseUrl;

  const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('is ready at')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`the app did not start (exit code ${code}):\n${output}`)));
  });

  return async () => {
    // A server that already died has nothing left to wait for.
    if (server.exitCode === null && server.signalCode === null) {
      await new Promise<void>((resolve) => {
        server.removeAllListeners('exit');
        server.on('exit', () => resolve());
        server.kill('SIGTERM');
      });
    }
    await postgres.stop();
  };
}
