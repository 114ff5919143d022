import { createAuth } from '@/lib/auth/create-auth';
import { createPrismaClient } from '@/lib/database/prisma-client';
import type { ServerEnv } from '@/lib/env';
import { isDatabaseEmpty, loadDemo } from '@/prisma/demo/load-demo';

/** Loads the demo accounts and record when the database holds nothing yet; says whether it did. */
export async function loadDemoIfEmpty(env: Pick<ServerEnv, 'DATABASE_URL' | 'BETTER_AUTH_SECRET' | 'BETTER_AUTH_URL'>) {
  const database = createPrismaClient(env.DATABASE_URL);
  try {
    if (!(await isDatabaseEmpty(database))) return false;
    await loadDemo(database, createAuth(database, { secret: env.BETTER_AUTH_SECRET, baseURL: env.BETTER_AUTH_URL }));
    return true;
  } finally {
    await database.$disconnect();
  }
}
