import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** A Prisma client on the pg driver adapter: no native query engine, one pg pool per client. */
export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({
    // A database that does not answer fails a request after 5 s instead of holding it.
    adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 }),
    // Prisma's defaults (2 s to get a connection, 5 s for the whole transaction) turned a busy moment into failed
    // writes under load: on two cores shared by the server, Postgres and the clients, a write's handful of round
    // trips sometimes took over 5 s. A stalled transaction still ends, and rolls back, within 15 s.
    transactionOptions: { maxWait: 5_000, timeout: 15_000 },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
