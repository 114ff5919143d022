// `npm run db:backup -- [file]`: writes every row of the database at DATABASE_URL (or the embedded one) to an
// archive, by default backups/counterclaim-<date and time>.jsonl.gz.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { assertDatabaseReachable } from '@/lib/database/check-connection';
import { writeBackup } from '@/lib/backup/write-backup';
import { runScript, withDatabase } from './with-database';

const file = path.resolve(process.argv[2] ?? path.join('backups', `counterclaim-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`));

runScript(() =>
  withDatabase(async (databaseUrl) => {
    await assertDatabaseReachable(databaseUrl);
    await mkdir(path.dirname(file), { recursive: true });
    const header = await writeBackup(databaseUrl, file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`backed up ${rows} rows in ${header.tables.length} tables, at migration ${header.migrations.at(-1)!.name}, to ${file}`);
  }),
);
