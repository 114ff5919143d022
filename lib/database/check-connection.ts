import pg from 'pg';

/** Connects once, so an unreachable or misspelt DATABASE_URL fails with a one-line reason before anything starts. */
export async function assertDatabaseReachable(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`cannot reach the database at ${redact(databaseUrl)}: ${reason || 'no answer'}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export function redact(databaseUrl: string) {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(an unparsable URL)';
  }
}
