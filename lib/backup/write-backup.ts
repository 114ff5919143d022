// `npm run db:backup`: every row of every table, read in one snapshot, into a versioned archive (lib/backup/archive.ts).
import type pg from 'pg';
import { withClient } from '@/lib/database/with-client';
import { archiveFormat, archiveFormatVersion, writeArchive, type ArchiveHeader } from './archive';
import { quote, readAppliedMigrations, readSequences, readTables, type TableInfo } from './catalog';

const fetchSize = 1_000;

export async function writeBackup(databaseUrl: string, file: string): Promise<ArchiveHeader> {
  return withClient(databaseUrl, async (client) => {
    // One snapshot for the whole archive: writes that land while it is read are either wholly in it or not at all.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await readTables(client);
    const counts = [];
    for (const table of tables) counts.push({ name: table.name, columns: table.columns, rows: await countRows(client, table) });
    const sequences = [];
    for (const name of await readSequences(client)) {
      const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
        `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${quote(name)}`,
      );
      sequences.push({ name, ...rows[0] });
    }
    const header: ArchiveHeader = {
      format: archiveFormat,
      formatVersion: archiveFormatVersion,
      takenAt: new Date().toISOString(),
      server: (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
      migrations: await readAppliedMigrations(client),
      tables: counts,
      sequences,
    };
    if (!header.migrations.length) throw new Error('the database has no migrations applied: there is no Counterclaim schema to back up');
    await writeArchive(file, header, allRows(client, tables));
    await client.query('COMMIT');
    return header;
  });
}

async function countRows(client: pg.Client, table: TableInfo) {
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${quote(table.name)}`);
  return Number(rows[0].count);
}

/** Each table's rows as JSON text, in primary-key order so that two backups of the same data are the same file
 *  but for the header; read through a cursor, so a large table never sits in memory whole. */
async function* allRows(client: pg.Client, tables: TableInfo[]) {
  for (const table of tables) {
    const columns = table.columns.map(quote).join(', ');
    const order = (table.primaryKey.length ? table.primaryKey : table.columns).map(quote).join(', ');
    await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR
      SELECT row_to_json(t)::text AS line FROM (SELECT ${columns} FROM ${quote(table.name)} ORDER BY ${order}) t`);
    for (;;) {
      const { rows } = await client.query<{ line: string }>(`FETCH ${fetchSize} FROM backup_rows`);
      for (const row of rows) yield row.line;
      if (rows.length < fetchSize) break;
    }
    await client.query('CLOSE backup_rows');
  }
}
