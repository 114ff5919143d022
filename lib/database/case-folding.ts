import { withClient } from './with-client';

/** Why a database folds case in ASCII letters only, when it does, and what to do about it; null when it folds every
 *  letter. Its locale decides: C does not, and there "état" does not find "État" in the search or the review queue's
 *  topic filter. Postgres cannot change a database's locale in place. */
export async function caseFoldingProblem(databaseUrl: string, { embedded }: { embedded: boolean }): Promise<string | null> {
  const { folds, locale } = await withClient(databaseUrl, async (client) => {
    // Through to_jsonb, because the column naming a built-in or ICU locale is datlocale from Postgres 17 and
    // daticulocale before; a libc locale is in datctype.
    const { rows } = await client.query<{ folds: boolean; locale: string }>(
      `SELECT lower('ÉTAT') = 'état' AS folds, coalesce(to_jsonb(d) ->> 'datlocale', to_jsonb(d) ->> 'daticulocale', d.datctype) AS locale
       FROM pg_database d WHERE d.datname = current_database()`,
    );
    return rows[0];
  });
  if (folds) return null;
  const remedy = embedded
    ? 'A new data directory gets Postgres\'s own C.UTF-8 locale, which folds every letter: npm run db:backup, then DATA_DIR=<a new directory> npm run db:restore (README, "Backups").'
    : "A database created with LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8' (Postgres 17 and later), or with a UTF-8 locale, folds every letter.";
  return `the database's locale (${locale}) folds case only in ASCII letters, so a search for "état" will not find "État". ${remedy}`;
}
