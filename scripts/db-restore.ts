// `npm run db:restore -- <file>`: restores an archive from `npm run db:backup` into the database at DATABASE_URL
// (or the embedded one under DATA_DIR), which must be empty, then applies any newer migrations.
import path from 'node:path';
import { assertDatabaseReachable } from '@/lib/database/check-connection';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { runScript, withDatabase } from './with-database';

const [file] = process.argv.slice(2);

runScript(async () => {
  if (!file) throw new Error('name the archive to restore: npm run db:restore -- backups/counterclaim-….jsonl.gz');
  await withDatabase(async (databaseUrl) => {
    await assertDatabaseReachable(databaseUrl);
    const result = await restoreBackup(databaseUrl, path.resolve(file));
    const rows = result.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`restored ${rows} rows in ${result.tables.length} tables from ${file}`);
    if (result.migratedForward.length) console.log(`then applied the newer migrations: ${result.migratedForward.join(', ')}`);
  });
});
