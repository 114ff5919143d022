import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** A Prisma client on the pg driver adapter: no native query engine, one pg pool per client. */
export function createPrismaClient(databaseUrl: string) {
  // A database that does not answer fails a request after 5 s instead of holding it.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 }) });
}

export type Database = ReturnType<typeof createPrismaClient>;
