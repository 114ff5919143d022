// One embedded Postgres for the whole Vitest run, in a temporary directory, with a migrated database that
// integration tests share (each test makes its own uniquely named rows) and the server URL for tests that
// need a database of their own.
import { startThrowawayPostgres } from '@/lib/database/throwaway-postgres';
import { applyMigrations } from '@/lib/migrations/migrations';

export default async function setup() {
  const postgres = await startThrowawayPostgres('vitest');
  const databaseUrl = await postgres.createDatabase('counterclaim_test');
  await applyMigrations(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  process.env.TEST_DATABASE_SERVER_URL = postgres.serverUrl;
  process.env.BETTER_AUTH_SECRET = 'vitest-secret-vitest-secret-vitest-secret';
  process.env.BETTER_AUTH_URL = 'http://localhost:3000';
  return () => postgres.stop();
}
