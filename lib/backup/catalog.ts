// What a backup needs to know about the database, read from Postgres's catalogue rather than listed by hand, so a
// table or column added by a later migration is backed up and restored without touching this code.
import type pg from 'pg';

export type TableInfo = {
  name: string;
  /** Columns written by a backup and restore: every column but the generated ones, which Postgres recomputes. */
  columns: string[];
  primaryKey: string[];
};

/** Prisma Migrate's own bookkeeping: a restore writes it by applying the migrations, not by copying rows. */
export const migrationsTable = '_prisma_migrations';

export async function readTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; primaryKey: string[] | null }>(
    `SELECT c.relname AS name,
       (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
       (SELECT array_agg(a.attname::text ORDER BY k.ordinality) FROM pg_constraint p
          CROSS JOIN unnest(p.conkey) WITH ORDINALITY AS k(attnum, ordinality)
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
          WHERE p.conrelid = c.oid AND p.contype = 'p') AS "primaryKey"
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> $1
     ORDER BY c.relname`,
    [migrationsTable],
  );
  return rows.map((row) => ({ ...row, primaryKey: row.primaryKey ?? [] }));
}

/** Every foreign key, with the SQL that creates it again. */
export async function readForeignKeys(client: pg.ClientBase): Promise<{ table: string; name: string; definition: string }[]> {
  const { rows } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS "table", f.conname AS name, pg_get_constraintdef(f.oid) AS definition
     FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE f.contype = 'f' AND n.nspname = current_schema()
     ORDER BY c.relname, f.conname`,
  );
  return rows;
}

/** Sequences owned by a column (serial and identity columns), which a restore must set past the rows it wrote. */
export async function readSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT s.relname AS name FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace
     WHERE s.relkind = 'S' AND n.nspname = current_schema()
       AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
     ORDER BY s.relname`,
  );
  return rows.map((row) => row.name);
}

/** The migrations applied to the database, oldest first, with Prisma's checksum of each file. */
export async function readAppliedMigrations(client: pg.ClientBase): Promise<{ name: string; checksum: string }[]> {
  const { rows: exists } = await client.query(`SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relname = $1`, [migrationsTable]);
  if (!exists.length) return [];
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM "${migrationsTable}"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

export const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
