import { databaseUnavailableMessage, isDatabaseUnavailable, retryAfterSeconds } from '@/lib/database/unavailable';

// Routes whose answer is not JSON: the feed and the exports. Left to Next, an outage answered 503 with an empty
// body (lib/runtime/unavailable-responses.ts); these say why, as the pages and the API do.

/** The route's handler, with "the database is not there" answered 503: the message in plain text, and Retry-After. */
export function plainRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return new Response(databaseUnavailableMessage, {
        status: 503,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfterSeconds) },
      });
    }
  };
}
