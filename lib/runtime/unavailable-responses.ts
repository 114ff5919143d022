// Next.js answers 500 for a page, action or route whose code threw, and has no way for a page to answer 503.
// When what it threw was "the database is not there" (instrumentation.ts's onRequestError marks the request),
// that 500 becomes 503 with a Retry-After: the outage is temporary and the client should try again. The API and
// the forms turn the same errors into a 503 or a message themselves (lib/http); this covers everything else.
// Node's own hooks, no Next.js internals: a diagnostics channel announces each request with its response, and an
// AsyncLocalStorage follows the request through everything it awaits.
import { AsyncLocalStorage } from 'node:async_hooks';
import diagnostics from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { retryAfterSeconds } from '@/lib/database/unavailable';
import { requestStateKey, type RequestState } from './request-state';

export function answerUnavailableWith503() {
  const global = globalThis as { [requestStateKey]?: AsyncLocalStorage<RequestState> };
  if (global[requestStateKey]) return;
  // instrumentation.ts and the app's route bundles are separate module instances: they share the store through
  // globalThis.
  const store = (global[requestStateKey] = new AsyncLocalStorage<RequestState>());
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { response } = message as { response: ServerResponse };
    const state: RequestState = { databaseUnavailable: false };
    // The channel is published just before the server emits 'request', in the same synchronous run, so everything
    // the request handler does from here on sees this state.
    store.enterWith(state);
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
      if (!state.databaseUnavailable || statusCode !== 500) return writeHead.call(this, statusCode, ...(rest as []));
      this.setHeader('Retry-After', String(retryAfterSeconds));
      // A status message, if one was given, belongs to the 500.
      return writeHead.call(this, 503, ...((typeof rest[0] === 'string' ? rest.slice(1) : rest) as []));
    } as ServerResponse['writeHead'];
  });
}
