import { withClient } from './with-client';

/** Why a database folds case in ASCII letters only, when it does; null when it folds every letter. Its locale decides:
 *  C does not, and there "état" does not find "État" in the search or the review queue's topic filter. */
export async function caseFoldingProblem(databaseUrl: string): Promise<string | null> {
  const { folds, ctype } = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ folds: boolean; ctype: string }>(
      `SELECT lower('ÉTAT') = 'état' AS folds, datctype AS ctype FROM pg_database WHERE datname = current_database()`,
    );
    return rows[0];
  });
  return folds
    ? null
    : `the database's locale (${ctype}) folds case only in ASCII letters, so a search for "état" will not find "État". ` +
        `A database created with LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8' (Postgres 17 and later), or with a UTF-8 locale, folds every letter.`;
}
