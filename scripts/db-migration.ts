// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference
// between the existing migrations and prisma/schema.prisma. The migrations are replayed in a throwaway shadow
// database on the server, so no database's data is touched.
import { createMigration } from '@/lib/migrations/migrations';
import { runScript, withDatabase } from './with-database';

const name = process.argv[2];

runScript(async () => {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('usage: npm run db:migration -- <name> (lower case, digits and _)');
  const directory = await withDatabase((databaseUrl) => createMigration(databaseUrl, name));
  console.log(
    directory
      ? `wrote prisma/migrations/${directory}/migration.sql: review it, then npm run db:migrate`
      : 'schema.prisma and the migrations agree; no migration written',
  );
});
