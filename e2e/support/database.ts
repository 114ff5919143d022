import type pg from 'pg';
import { withClient } from '@/lib/database/with-client';

/** Read-only look-ups in the browser tests' database, to find the addresses of records by their text. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(process.env.E2E_DATABASE_URL!, async (client) => (await client.query<T>(sql, params)).rows);
}

export async function claimIdByStatement(statement: string) {
  const [row] = await query<{ claimId: string }>(
    'SELECT "claimId" FROM "ClaimVersion" WHERE statement = $1 ORDER BY version DESC LIMIT 1',
    [statement],
  );
  if (!row) throw new Error(`no claim states "${statement}"`);
  return row.claimId;
}
