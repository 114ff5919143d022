// Prisma's schema engine, run as WebAssembly. The Prisma CLI downloads a native engine from a host this
// machine cannot reach; the same engine ships on npm as wasm, so migrations work offline and the
// history stays in Prisma Migrate's standard layout.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { parse as parseConnectionString } from 'pg-connection-string';

const require = createRequire(import.meta.url);
let initialised: Promise<void> | undefined;

// The engine reports a Rust panic through this global just before it aborts with a bare "unreachable";
// printing the message is the only way a user learns what went wrong.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => console.error(`Prisma's schema engine failed: ${message}`),
};

function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    // The package exports only its JavaScript; the .wasm sits beside the entry point.
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return initialised;
}

/** Connection fields rather than a URL: the adapter builds its shadow database by overriding `database`,
 *  which a connection string would silently win over. */
export function pgConfig(databaseUrl: string) {
  const { host, port, user, password, database, ssl, options } = parseConnectionString(databaseUrl);
  return {
    host: host ?? 'localhost',
    port: port ? Number(port) : 5432,
    user,
    password,
    database: database ?? undefined,
    ssl: ssl as pg.ClientConfig['ssl'],
    options,
  };
}

/** The engine and a `close` that frees it and its connections: freeing the engine alone leaves its pool open,
 *  and with it the advisory lock Prisma Migrate holds, which the next engine then waits 10 s for. */
export async function openSchemaEngine(
  databaseUrl: string,
  schema: { path: string; text: string },
): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  await initialiseWasm();
  const adapters: PgAdapter[] = [];
  const factory = migrationAdapterFactory(pgConfig(databaseUrl), (adapter) => adapters.push(adapter));
  const log = () => {};
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.text]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(adapters.map((adapter) => adapter.dispose()));
    },
  };
}

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;
type PgConfig = ReturnType<typeof pgConfig>;

/** PrismaPg as the engine needs it, with three repairs: it runs a script by splitting it at every semicolon,
 *  which breaks a migration that defines a PL/pgSQL function (Postgres runs a script sent whole); it cannot
 *  read Postgres's internal "char" type, which the engine's catalogue queries return; and it drops its shadow
 *  database while its own pool still holds a connection to it. */
function migrationAdapterFactory(config: PgConfig, opened: (adapter: PgAdapter) => void): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(config);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => {
      const adapter = repair(await main.connect());
      opened(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const shadowName = `prisma_migrate_shadow_db_${randomUUID()}`;
      await maintenanceQuery(config, `CREATE DATABASE "${shadowName}"`);
      const shadow = repair(await new PrismaPg({ ...config, database: shadowName }).connect());
      const closePool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await closePool();
        await maintenanceQuery(config, `DROP DATABASE "${shadowName}" WITH (FORCE)`);
      };
      return shadow;
    },
  };
}

const pgInternalChar = 18;
const pgText = 25;

type PgInternals = {
  onError: (error: unknown) => never;
  performIO: (query: unknown) => Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
};

function repair(adapter: PgAdapter) {
  const internals = adapter as unknown as PgInternals;
  // performIO hands its rows array on to queryRaw unchanged, so it can carry which columns were "char".
  const charColumnsOfRows = new WeakMap<object, number[]>();
  const performIO = internals.performIO.bind(adapter);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = result.fields.flatMap((field, index) => (field.dataTypeID === pgInternalChar ? [index] : []));
    for (const index of charColumns) result.fields[index].dataTypeID = pgText;
    if (charColumns.length) charColumnsOfRows.set(result.rows, charColumns);
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOfRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

async function maintenanceQuery(config: PgConfig, sql: string) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
