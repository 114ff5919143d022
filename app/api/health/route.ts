import { retryAfterSeconds } from '@/lib/database/unavailable';
import { checkDatabase } from '@/lib/health/check-database';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await checkDatabase();
  if (database.ok) return Response.json({ status: 'ok', db: 'ok' });
  return Response.json(
    { status: 'unavailable', db: 'unreachable', reason: database.reason },
    { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } },
  );
}
