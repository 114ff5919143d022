import { createPrismaClient } from '@/lib/database/prisma-client';
import { createUniqueDatabase } from '@/lib/database/create-database';
import { applyMigrations } from '@/lib/migrations/migrations';

/** The shared, migrated test database. Refuses anything but the local throwaway server. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url || !['127.0.0.1', 'localhost'].includes(new URL(url).hostname)) {
    throw new Error('integration tests run only against the local throwaway Postgres that tests/setup/global-setup.ts starts');
  }
  return url;
}

/** A new, empty database on the test server, migrated unless asked not to be. */
export async function freshDatabase(prefix: string, { migrate = true } = {}) {
  testDatabaseUrl();
  const url = await createUniqueDatabase(process.env.TEST_DATABASE_SERVER_URL!, prefix);
  if (migrate) await applyMigrations(url);
  return url;
}

export const testDb = () => createPrismaClient(testDatabaseUrl());
