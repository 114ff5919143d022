import 'server-only';
import { db } from '@/lib/db';

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

const timeoutMs = 2_000;

/** One round trip to Postgres, bounded so a hung connection reports as down rather than hanging the probe. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  // Keep the reason to its first line: driver errors can carry connection details below it.
  return `database unreachable: ${message.split('\n')[0].slice(0, 200)}`;
}
