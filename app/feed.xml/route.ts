import { contradictionFeed } from '@/lib/claims/contradiction-feed';
import { databaseUnavailableMessage, isDatabaseUnavailable, retryAfterSeconds } from '@/lib/database/unavailable';
import { publicOrigin } from '@/lib/runtime/public-origin';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    return new Response(await contradictionFeed(publicOrigin()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
  } catch (error) {
    // Left to Next, an outage answered 503 (lib/runtime/unavailable-responses.ts) with an empty body: say why, as
    // the pages and the API do.
    if (!isDatabaseUnavailable(error)) throw error;
    return new Response(databaseUnavailableMessage, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfterSeconds) } });
  }
}
