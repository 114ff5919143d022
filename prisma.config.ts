// Read by the Prisma CLI. Counterclaim's own scripts (npm run db:migrate, db:migration) apply migrations
// through the WebAssembly engine instead, because the CLI fetches a native engine this machine cannot reach;
// on a machine with internet `prisma migrate deploy` sees the same history.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
