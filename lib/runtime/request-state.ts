// What lib/runtime/unavailable-responses.ts keeps about the request being served. This half has no Node-only
// import, so instrumentation.ts can load it in the edge runtime's bundle too.

export type RequestState = { databaseUnavailable: boolean };

export const requestStateKey = Symbol.for('counterclaim.request-state');

/** Marks the request being served as failed by an unreachable database (a no-op outside a served request). */
export function markDatabaseUnavailable() {
  const store = (globalThis as { [requestStateKey]?: { getStore(): RequestState | undefined } })[requestStateKey];
  const state = store?.getStore();
  if (state) state.databaseUnavailable = true;
}
