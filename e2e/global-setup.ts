// The browser tests' world: a throwaway embedded Postgres with the demo record, and Counterclaim's production
// build served by `npm start`'s own script against it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { startThrowawayPostgres } from '@/lib/database/throwaway-postgres';
import { applyMigrations } from '@/lib/migrations/migrations';
import { loadDemoIfEmpty } from '@/scripts/demo';

const root = path.resolve(import.meta.dirname, '..');

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
    await new Promise<void>((resolve) => {
      server.removeAllListeners('exit');
      server.on('exit', () => resolve());
      server.kill('SIGTERM');
    });
    await postgres.stop();
  };
}
