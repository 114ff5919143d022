import { LRUCache } from 'lru-cache';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';

// The public site's reads are cached in the server's memory, so a restart or another database never serves an old
// record, and expire together the moment a reviewer's decision, or an edit to a source or entity, changes what the
// public sees. The cache is ours rather than Next's data cache: Next serialized a value to JSON three times to store
// it and parsed it again on every hit, which under load was a quarter of a cached search page's server time and a
// tenth of a deep API page's. Here a hit hands back the stored value itself, frozen so that no reader can change
// what the next one gets.

/** How much the cache may hold, counted in characters of the values' JSON: the values live as objects, which take
 *  two to three times their JSON's size in the heap, and the server's heap is capped at 224 MB (scripts/start.ts). */
const maxCachedJsonLength = 16 * 1024 * 1024;

/** A value's size as its JSON's length. A reader that writes JSON text (the API's claim list) is kept as that text,
 *  and counted as it is rather than serialized again to be measured. */
const jsonLength = (value: unknown) => (typeof value === 'string' ? value.length : (JSON.stringify(value)?.length ?? 4));

type Store = { entries: LRUCache<string, { value: unknown }>; generation: number };

// Next compiles the Pages Router's pages and the App Router's routes into separate bundles, each with its own copy
// of this module: a decision taken through one must expire what the other cached, so there is one store per process.
const storeKey = Symbol.for('counterclaim.publishedCache');
const store: Store = ((globalThis as { [storeKey]?: Store })[storeKey] ??= {
  entries: new LRUCache({ maxSize: maxCachedJsonLength, sizeCalculation: (entry, key) => key.length + jsonLength(entry.value) }),
  generation: 0,
});

/** Only the Next.js server caches: scripts and tests call lib/ outside any request, where a write that changes the
 *  record has no one to tell (the server's public pages reach Next's global cache, the routes their work store). */
const inNextServer = () =>
  workAsyncStorage.getStore()?.incrementalCache !== undefined || (globalThis as { __incrementalCache?: unknown }).__incrementalCache !== undefined;

/** A public reader, cached until the published record next changes. */
export function cachedPublicRead<Args extends (string | number | boolean | null | undefined | Record<string, unknown>)[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
) {
  return async (...args: Args): Promise<Result> => {
    if (!inNextServer()) return read(...args);
    const key = `${name}:${JSON.stringify(args)}`;
    const hit = store.entries.get(key);
    if (hit) return hit.value as Result;
    const readFrom = store.generation;
    const value = deepFreeze(await read(...args));
    // A read that overlapped a change may hold the record as it was before: give it to its caller, keep it from others.
    if (store.generation === readFrom) store.entries.set(key, { value });
    return value;
  };
}

/** Expires every cached public read at once. Call after the transaction that changed the public record has
 *  committed: decisions and edits come through server actions and route handlers, in the server that caches. */
export function publishedRecordChanged() {
  store.generation++;
  store.entries.clear();
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}
