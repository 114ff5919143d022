import { createPrismaClient, queryRows, type Database } from '@/lib/database/prisma-client';
import type { Prisma } from '@/lib/generated/prisma/client';

// No 'server-only' marker here or in the public readers: the public pages (pages/) read through them in
// getServerSideProps, which Next strips from the browser's bundle, and Turbopack refuses the marker there.

// One client per server process; in development the module reloads, so the client lives on globalThis.
const globalForDb = globalThis as { counterclaimDb?: Database };

// The URL is read when the first query runs, not at import: `next build` imports routes without a database.
export const db: Database = globalForDb.counterclaimDb ?? createPrismaClient(process.env.DATABASE_URL ?? '');
if (process.env.NODE_ENV !== 'production') globalForDb.counterclaimDb = db;

/** The rows of one hand-written read on the server's pool, without Prisma's query pipeline (queryRows says why). */
export const readRows = <Row>(query: Prisma.Sql) => queryRows<Row>(db, query);
