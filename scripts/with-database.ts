import path from 'node:path';
import { ensureDatabase } from '@/lib/database/create-database';

/** Runs `work` against DATABASE_URL, or, when it is unset, against the embedded Postgres that `npm start`
 *  uses (DATA_DIR, default .data), started for the duration. */
export async function withDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const { startEmbeddedPostgres } = await import('@/lib/database/embedded-postgres');
  const postgres = await startEmbeddedPostgres(path.resolve(import.meta.dirname, '..', process.env.DATA_DIR ?? '.data'));
  try {
    await ensureDatabase(postgres.databaseUrl('postgres'), 'counterclaim');
    return await work(postgres.databaseUrl('counterclaim'));
  } finally {
    await postgres.stop();
  }
}

export function runScript(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`counterclaim: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
