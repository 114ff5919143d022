// Prisma Migrate's operations on the wasm schema engine: apply pending migrations, write a new one
// from the schema, and tell whether the migrations and the schema agree.
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

async function readMigrationList(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockfile = await readFile(path.join(migrationsDir, lockfileName), 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfileName, content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      directories.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
        },
      })),
    ),
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

/** Applies every migration the database lacks; returns their names. */
export function applyMigrations(databaseUrl: string): Promise<string[]> {
  return withEngine(databaseUrl, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
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
