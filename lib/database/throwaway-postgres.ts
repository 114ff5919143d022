// A Postgres server for one test run: embedded, in a temporary directory, removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createUniqueDatabase } from './create-database';
import { startEmbeddedPostgres } from './embedded-postgres';

export async function startThrowawayPostgres(label: string, settings?: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `counterclaim-${label}-`));
  const postgres = await startEmbeddedPostgres(dir, settings);
  return {
    serverUrl: postgres.databaseUrl('postgres'),
    logFile: postgres.logFile,
    createDatabase: (prefix: string) => createUniqueDatabase(postgres.databaseUrl('postgres'), prefix),
    /** Takes the server away and brings it back with its data, on the same port: for the fault test. */
    stopServer: postgres.stop,
    startServer: postgres.start,
    async stop() {
      await postgres.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
