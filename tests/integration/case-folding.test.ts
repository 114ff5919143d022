import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { caseFoldingProblem } from '@/lib/database/case-folding';
import { startThrowawayPostgres } from '@/lib/database/throwaway-postgres';
import { withClient } from '@/lib/database/with-client';

// An embedded Postgres made on a host whose locale is C, as under a service manager or in a bare container, where
// initdb would otherwise take C and fold case in ASCII letters only.
let postgres: Awaited<ReturnType<typeof startThrowawayPostgres>>;

beforeAll(async () => {
  for (const name of ['LANG', 'LC_ALL', 'LC_CTYPE', 'LC_COLLATE']) vi.stubEnv(name, 'C');
  try {
    postgres = await startThrowawayPostgres('locale-c');
  } finally {
    vi.unstubAllEnvs();
  }
});
afterAll(() => postgres?.stop());

describe('case in letters beyond ASCII', () => {
  it('is folded by the embedded database on a host whose locale is C: lower(), ILIKE and the search documents', async () => {
    const url = await postgres.createDatabase('folding');
    expect(await caseFoldingProblem(url, { embedded: true })).toBeNull();
    const [row] = await withClient(url, async (client) =>
      (
        await client.query(`SELECT lower('ÉTAT ṬĀRIQ') AS lowered,
          'L''État islamique' ILIKE '%état%' AS "ilikeMatches",
          to_tsvector('english', 'The État islamique names Ṭāriq') @@ plainto_tsquery('english', 'état ṭāriq') AS "searchMatches"`)
      ).rows,
    );
    expect(row).toEqual({ lowered: 'état ṭāriq', ilikeMatches: true, searchMatches: true });
  });

  it('is named as a problem where a database folds ASCII letters only, with what to do about it', async () => {
    await withClient(postgres.serverUrl, (client) => client.query(`CREATE DATABASE ascii_only TEMPLATE template0 LOCALE_PROVIDER libc LOCALE 'C'`));
    const url = new URL(postgres.serverUrl);
    url.pathname = '/ascii_only';
    const problem = /^the database's locale \(C\) folds case only in ASCII letters, so a search for "état" will not find "État"\. /;
    expect(await caseFoldingProblem(url.toString(), { embedded: true })).toMatch(new RegExp(`${problem.source}A new data directory .*npm run db:restore`));
    expect(await caseFoldingProblem(url.toString(), { embedded: false })).toMatch(new RegExp(`${problem.source}A database created with LOCALE_PROVIDER builtin`));
  });
});
