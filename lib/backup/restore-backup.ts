// `npm run db:restore`: an archive from `npm run db:backup` into an empty database, at the schema it was taken at,
// then migrated forward to this checkout's schema. All rows go in within one transaction, or none do.
import type pg from 'pg';
import { withClient } from '@/lib/database/with-client';
import { applyMigrations, listMigrations, type MigrationOptions } from '@/lib/migrations/migrations';
import { openArchive, type ArchiveHeader } from './archive';
import { quote, readAppliedMigrations, readForeignKeys, readTables, type TableInfo } from './catalog';

const batchSize = 1_000;

type Migration = { name: string; checksum: string };

export type RestoreResult = { tables: ArchiveHeader['tables']; migratedForward: string[] };

export async function restoreBackup(databaseUrl: string, file: string, options: Pick<MigrationOptions, 'dir'> = {}): Promise<RestoreResult> {
  const { header, lines } = await openArchive(file);
  assertKnownSchema(header.migrations, await listMigrations(options));
  await withClient(databaseUrl, async (client) => {
    assertNotAhead(await readAppliedMigrations(client), header.migrations);
    await assertEmpty(client);
    // The rows go into the schema they were taken from; later migrations then move them on like any upgrade.
    await applyMigrations(databaseUrl, { ...options, through: header.migrations.at(-1)!.name });
    await loadRows(client, header, lines);
  });
  return { tables: header.tables, migratedForward: await applyMigrations(databaseUrl, options) };
}

/** The archive's migrations must be this checkout's first ones, file for file. */
function assertKnownSchema(archived: Migration[], known: Migration[]) {
  archived.forEach((migration, index) => {
    const here = known[index];
    if (here?.name !== migration.name) {
      throw new Error(
        `the archive was taken at migration ${archived.at(-1)!.name}, which this Counterclaim does not have ` +
          `(its newest is ${known.at(-1)?.name ?? 'none'}): restore it with the version of Counterclaim that wrote it`,
      );
    }
    if (here.checksum !== migration.checksum) throw new Error(`migration ${migration.name} differs from the one the archive was taken at`);
  });
}

/** A database already migrated past the archive would need the rows in a schema they were not taken from. */
function assertNotAhead(applied: Migration[], archived: Migration[]) {
  const ahead = applied.find((migration, index) => archived[index]?.name !== migration.name);
  if (ahead) {
    throw new Error(
      `the database is at migration ${applied.at(-1)!.name}, but the archive was taken at ${archived.at(-1)!.name}: ` +
        'restore into a new, empty database (it is brought up to date after the rows are in)',
    );
  }
}

/** Restoring merges nothing: any row already there, in any table, and the restore stops before writing. */
async function assertEmpty(client: pg.ClientBase) {
  const occupied: string[] = [];
  for (const table of await readTables(client)) {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${quote(table.name)}`);
    if (Number(rows[0].count)) occupied.push(`${table.name} (${rows[0].count})`);
  }
  if (occupied.length) {
    throw new Error(
      `the database is not empty: it holds rows in ${occupied.join(', ')}. A restore only goes into an empty database; ` +
        'point DATABASE_URL (or DATA_DIR) at a new one',
    );
  }
}

async function loadRows(client: pg.ClientBase, header: ArchiveHeader, lines: AsyncIterator<string>) {
  await client.query('BEGIN');
  try {
    const tables = matchTables(header, await readTables(client));
    // The triggers judge each new row against the record as it stands now: that a reviewer did not edit what they
    // approve, that a claim's pointers name its own versions, that a version's citations and topics came before
    // anything pointed at it. Rows coming back from an archive were judged when they were first written, and the
    // four-eyes trigger would judge an old approval against later edits. So user triggers are off for this
    // transaction only; CHECK constraints and unique indexes hold throughout, and ALTER TABLE's lock keeps every other
    // writer out until it ends.
    for (const table of tables) await client.query(`ALTER TABLE ${quote(table.name)} DISABLE TRIGGER USER`);
    // A claim and its versions point at each other, and an approved claim must name its published version, so no
    // order of inserts satisfies every foreign key row by row. The keys are dropped here and created again after
    // the last row, which checks every row against them at once.
    const foreignKeys = await readForeignKeys(client);
    for (const key of foreignKeys) await client.query(`ALTER TABLE ${quote(key.table)} DROP CONSTRAINT ${quote(key.name)}`);
    await assertEmpty(client);
    for (const [index, table] of tables.entries()) await insertRows(client, table, header.tables[index].rows, lines);
    if (!(await lines.next()).done) throw new Error('the archive holds more rows than its header lists: it is damaged');
    for (const key of foreignKeys) await client.query(`ALTER TABLE ${quote(key.table)} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
    for (const sequence of header.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [quote(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    for (const table of tables) await client.query(`ALTER TABLE ${quote(table.name)} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The archive's tables as the database has them, in the archive's order; they must be the same tables and columns. */
function matchTables(header: ArchiveHeader, tables: TableInfo[]): TableInfo[] {
  const names = (list: { name: string }[]) => list.map((table) => table.name).sort().join(', ');
  if (names(header.tables) !== names(tables)) {
    throw new Error(`the archive's tables (${names(header.tables)}) are not the database's (${names(tables)})`);
  }
  return header.tables.map((archived) => {
    const table = tables.find((candidate) => candidate.name === archived.name)!;
    if (archived.columns.join() !== table.columns.join()) throw new Error(`the archive's columns of ${table.name} are not the database's`);
    return table;
  });
}

/** A table's rows, as the archive has them, in batches; Postgres turns each JSON document back into a row. */
async function insertRows(client: pg.ClientBase, table: TableInfo, count: number, lines: AsyncIterator<string>) {
  const columns = table.columns.map(quote).join(', ');
  let batch: string[] = [];
  const flush = async () => {
    if (!batch.length) return;
    // OVERRIDING SYSTEM VALUE: identity columns take the archive's values too.
    await client.query(
      `INSERT INTO ${quote(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
       SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quote(table.name)}, $1::jsonb)`,
      [`[${batch.join(',')}]`],
    );
    batch = [];
  };
  for (let read = 0; read < count; read++) {
    const next = await lines.next();
    if (next.done) throw new Error(`the archive ends inside table ${table.name}: it is incomplete`);
    batch.push(next.value);
    if (batch.length === batchSize) await flush();
  }
  await flush();
}
