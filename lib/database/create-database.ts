import { randomBytes } from 'node:crypto';
import { withClient } from './with-client';

/** Creates the database on the server if it is missing (for the embedded server's first start). */
export async function ensureDatabase(maintenanceUrl: string, name: string) {
  await withClient(maintenanceUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
}

/** Creates a database with a unique name on the server and returns its URL. */
export async function createUniqueDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The name of the database a URL connects to. */
export const databaseNameOf = (databaseUrl: string) => decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
