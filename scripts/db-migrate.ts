// `npm run db:migrate`: applies pending migrations with Prisma's schema engine (WebAssembly build, offline).
import { assertDatabaseReachable } from '@/lib/database/check-connection';
import { applyMigrations } from '@/lib/migrations/migrations';
import { runScript, withDatabase } from './with-database';

runScript(() =>
  withDatabase(async (databaseUrl) => {
    await assertDatabaseReachable(databaseUrl);
    const applied = await applyMigrations(databaseUrl);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date; nothing to apply');
  }),
);
