import { createAuth } from '@/lib/auth/create-auth';
import { createPrismaClient } from '@/lib/database/prisma-client';
import type { ServerEnv } from '@/lib/env';
import { isDatabaseEmpty, loadDemo } from '@/prisma/demo/load-demo';

/** Loads the demo accounts and record when the database holds nothing yet; says whether it did. */
export async function loadDemoIfEmpty(env: Pick<ServerEnv, 'DATABASE_URL' | 'BETTER_AUTH_SECRET' | 'BETTER_AUTH_URL'>) {
  // better-auth reads its secret and URL from the environment.
  process.env.BETTER_AUTH_SECRET = env.BETTER_AUTH_SECRET;
  process.env.BETTER_AUTH_URL = env.BETTER_AUTH_URL;
  const database = createPrismaClient(env.DATABASE_URL);
  try {
    if (!(await isDatabaseEmpty(database))) return false;
    await loadDemo(database, createAuth(database));
    return true;
  } finally {
    await database.$disconnect();
  }
}
