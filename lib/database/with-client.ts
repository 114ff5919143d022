import pg from 'pg';

/** One connection to the database at `databaseUrl` for `work`, closed afterwards whatever happens: for the scripts
 *  and the benchmark, which talk to Postgres directly rather than through the app's pool. */
export async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
