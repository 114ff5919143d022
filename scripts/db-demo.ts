// `npm run db:demo`: loads the demo accounts and record into the database at DATABASE_URL (or the embedded
// one) when it is empty. `npm start` does this by itself only for its embedded database.
import { randomBytes } from 'node:crypto';
import { assertDatabaseReachable } from '@/lib/database/check-connection';
import { applyMigrations } from '@/lib/migrations/migrations';
import { loadDemoIfEmpty } from './demo';
import { runScript, withDatabase } from './with-database';

runScript(() =>
  withDatabase(async (databaseUrl) => {
    await assertDatabaseReachable(databaseUrl);
    await applyMigrations(databaseUrl);
    const loaded = await loadDemoIfEmpty({
      DATABASE_URL: databaseUrl,
      // Only accounts and password hashes are written here; no session is signed, so a throwaway secret will do.
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString('base64url'),
      BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? 'http://localhost:3000',
    });
    console.log(loaded ? 'loaded the demo accounts and record' : 'the database is not empty; nothing loaded');
  }),
);
