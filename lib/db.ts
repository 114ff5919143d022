import { createPrismaClient, queryRows, type Database } from '@/lib/database/prisma-client';
import type { Prisma } from '@/lib/generated/prisma/client';

// No 'server-only' marker here or in the public readers: the public pages (pages/) read through them in
// getServerSideProps, which Next strips from the browser's bundle, and Turbopack refuses the marker there.

// One client per server process, so it lives on globalThis: in development the module reloads, and in production
// Next bundles the pages and the routes with a copy each of this module. A client per copy meant a pool of
// connections each, and a copy each of Prisma's decoded schema: four clients kept 26 MB of the server's capped heap
// live, which every major collection marked (a heap snapshot after the benchmark's routes, 100,000 claims).
const globalForDb = globalThis as { counterclaimDb?: Database };

// The URL is read when the first query runs, not at import: `next build` imports routes without a database.
export const db: Database = (globalForDb.counterclaimDb ??= createPrismaClient(process.env.DATABASE_URL ?? ''));

/** The rows of one hand-written read on the server's pool, without Prisma's query pipeline (queryRows says why). */
export const readRows = <Row>(query: Prisma.Sql) => queryRows<Row>(db, query);
