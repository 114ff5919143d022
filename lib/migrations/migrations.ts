// Prisma Migrate's operations on the wasm schema engine: apply pending migrations, write a new one
// from the schema, and tell whether the migrations and the schema agree.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { openSchemaEngine } from './schema-engine';

const prismaDir = path.resolve(import.meta.dirname, '../../prisma');
export const migrationsDir = path.join(prismaDir, 'migrations');
const schemaPath = path.join(prismaDir, 'schema.prisma');
const lockfileName = 'migration_lock.toml';
const noFilters = { externalTables: [], externalEnums: [] };

async function readSchema() {
  return { path: 'schema.prisma', text: await readFile(schemaPath, 'utf8') };
}

export type MigrationOptions = {
  /** Apply only up to and including this migration (a restore brings an archive's rows in at their own schema). */
  through?: string;
  /** Another migrations directory than prisma/migrations (for tests). */
  dir?: string;
};

/** The migration directories, oldest first, with their SQL. */
async function readMigrationFiles({ through, dir = migrationsDir }: MigrationOptions = {}) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .filter((name) => through === undefined || name <= through);
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(path.join(dir, name, 'migration.sql'), 'utf8') })));
}

async function readMigrationList(options: MigrationOptions = {}): Promise<MigrationList> {
  const dir = options.dir ?? migrationsDir;
  const lockfile = await readFile(path.join(dir, lockfileName), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: lockfileName, content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories: (await readMigrationFiles(options)).map(({ name, sql }) => ({
      path: name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: sql } },
    })),
  };
}

async function withEngine<T>(databaseUrl: string, work: (engine: SchemaEngine, schema: { path: string; text: string }) => Promise<T>) {
  const schema = await readSchema();
  const { engine, close } = await openSchemaEngine(databaseUrl, schema);
  try {
    return await work(engine, schema);
  } finally {
    await close();
  }
}

/** The migrations on disk, oldest first, each with the checksum Prisma Migrate records for it (SHA-256 of the file). */
export async function listMigrations(options: MigrationOptions = {}): Promise<{ name: string; checksum: string }[]> {
  return (await readMigrationFiles(options)).map(({ name, sql }) => ({ name, checksum: createHash('sha256').update(sql).digest('hex') }));
}

/** Applies every migration the database lacks (or those up to `through`); returns their names. */
export function applyMigrations(databaseUrl: string, options: MigrationOptions = {}): Promise<string[]> {
  return withEngine(databaseUrl, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(options),
      filters: noFilters,
    });
    return appliedMigrationNames;
  });
}

/** The SQL that would take a database built by the migrations to what schema.prisma describes ('' when they agree).
 *  Replays the migrations in a shadow database, so it needs a server but leaves its databases untouched. */
export function diffMigrationsToSchema(databaseUrl: string): Promise<string> {
  return withEngine(databaseUrl, async (engine, schema) => {
    const migrations = await readMigrationList();
    const { stdout } = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schema.path, content: schema.text }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    } as Parameters<SchemaEngine['diff']>[0]);
    return isEmptyScript(stdout ?? '') ? '' : (stdout ?? '');
  });
}

function isEmptyScript(script: string) {
  return script.trim() === '' || script.includes('This is an empty migration.');
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the migrations and
 *  the schema. Returns the new directory, or null when there is nothing to migrate. */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const script = await diffMigrationsToSchema(databaseUrl);
  if (!script) return null;
  const directory = `${migrationTimestamp(new Date())}_${name}`;
  await mkdir(path.join(migrationsDir, directory), { recursive: true });
  await writeFile(path.join(migrationsDir, directory, 'migration.sql'), script);
  return directory;
}

function migrationTimestamp(date: Date) {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
