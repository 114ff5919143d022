// A Postgres server for one test run: embedded, in a temporary directory, removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureDatabase } from './check-connection';
import { startEmbeddedPostgres } from './embedded-postgres';

export async function startThrowawayPostgres(label: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `counterclaim-${label}-`));
  const postgres = await startEmbeddedPostgres(dir);
  return {
    serverUrl: postgres.databaseUrl('postgres'),
    /** Creates a fresh database with a unique name and returns its URL. */
    async createDatabase(prefix: string) {
      const name = `${prefix}_${randomBytes(4).toString('hex')}`;
      await ensureDatabase(postgres.databaseUrl('postgres'), name);
      return postgres.databaseUrl(name);
    },
    async stop() {
      await postgres.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
