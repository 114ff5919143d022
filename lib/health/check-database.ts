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

/** A reason a public probe may read: the kind of failure, never the driver's text (it can name hosts and users). */
function describe(error: unknown) {
  if (error instanceof Error && error.message.startsWith('no answer within')) return `database unreachable: ${error.message}`;
  const code = findCode(error);
  console.error('health check: database unreachable:', error);
  return code ? `database unreachable (${code})` : 'database unreachable';
}

function findCode(error: unknown): string | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) return code;
  }
  return undefined;
}
