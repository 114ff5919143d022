import { LRUCache } from 'lru-cache';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';

// The public site's reads are cached in the server's memory, so a restart or another database never serves an old
// record, and expire together the moment a reviewer's decision, or an edit to a source or entity, changes what the
// public sees. The cache is ours rather than Next's data cache: Next serialized a value to JSON three times to store
// it and parsed it again on every hit, which under load was a quarter of a cached search page's server time and a
// tenth of a deep API page's. Here a hit hands back the stored value itself, frozen so that no reader can change
// what the next one gets.

/** How much the cache may hold, counted in characters of the values' JSON as the heap holds them: a value kept as
 *  objects twice over, and JSON text twice (a text with one character beyond Latin-1 takes two bytes a character).
 *  The heap is capped at 224 MB (scripts/start.ts), of which Next, React and Prisma take 85-95 MB, and every major
 *  collection marks what the cache holds. Filled with 16 M characters of claims, contradictions and topics counted
 *  as plain JSON (and, for the pages, a marked copy of each, since replaced by a reference: dated-json.ts), the heap
 *  stayed at 152 MB; a major collection came every 1.1 s and took 140-175 ms, 70-130 ms of it on the server's one
 *  thread; and the API's cached first page, which costs no more than the ceiling, had a p99 of 178-183 ms against
 *  36 ms with nothing cached. Counted as here, a full cache left 111-114 MB after each collection, every 1.5-2 s,
 *  and that p99 at 76 ms (each after the contradiction, claim and topic pages, as the benchmark runs them). */
const maxCachedHeapCharacters = 16 * 1024 * 1024;

/** A value's size as above. A reader that writes JSON text (the API's claim list) is kept as that text, and counted
 *  as it is rather than serialized again to be measured. */
const heapCharacters = (value: unknown) => 2 * (typeof value === 'string' ? value.length : (JSON.stringify(value)?.length ?? 2));

/** How many keys read once are remembered. Most addresses are asked for once (a crawler, the long tail of claims,
 *  the benchmark's first visits): a value is kept from the second read of its key among the last this many keys
 *  read once, so that single reads do not push out the values read again and again. */
const keysReadOnce = 10_000;

/** A read under way, which callers asking for the same key meanwhile wait for instead of reading again. */
type Pending = { generation: number; value: Promise<unknown>; joined: boolean };

type Store = { entries: LRUCache<string, { value: unknown }>; readOnce: LRUCache<string, true>; generation: number; pending: Map<string, Pending> };

// Next compiles the Pages Router's pages and the App Router's routes into separate bundles, each with its own copy
// of this module: a decision taken through one must expire what the other cached, so there is one store per process.
const storeKey = Symbol.for('counterclaim.publishedCache');
const store: Store = ((globalThis as { [storeKey]?: Store })[storeKey] ??= {
  entries: new LRUCache({ maxSize: maxCachedHeapCharacters, sizeCalculation: (entry, key) => key.length + heapCharacters(entry.value) }),
  readOnce: new LRUCache({ max: keysReadOnce }),
  generation: 0,
  pending: new Map(),
});

/** Only the Next.js server caches: scripts and tests call lib/ outside any request, where a write that changes the
 *  record has no one to tell (the server's public pages reach Next's global cache, the routes their work store). */
const inNextServer = () =>
  workAsyncStorage.getStore()?.incrementalCache !== undefined || (globalThis as { __incrementalCache?: unknown }).__incrementalCache !== undefined;

/** A public reader, cached from the second read of the same arguments until the published record next changes, and
 *  read once for all who ask for the same arguments while that read is under way. */
export function cachedPublicRead<Args extends (string | number | boolean | null | undefined | Record<string, unknown>)[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
) {
  return async (...args: Args): Promise<Result> => {
    if (!inNextServer()) return read(...args);
    const key = `${name}:${JSON.stringify(args)}`;
    const hit = store.entries.get(key);
    if (hit) return hit.value as Result;
    // When a decision expires the cache, a busy page's visitors would each read it again at the same moment: ten
    // at once under the benchmark's load, and at 1,000,000 claims the topics the home page offers alone took
    // Postgres 0.24-0.39 s to read. Those who ask while the read is under way wait for it; not those who ask after
    // a change, whose read must see it.
    const pending = store.pending.get(key);
    if (pending && pending.generation === store.generation) {
      pending.joined = true;
      return pending.value as Promise<Result>;
    }
    const flight: Pending = { generation: store.generation, value: Promise.resolve(), joined: false };
    flight.value = readAndKeep(key, () => read(...args), flight);
    store.pending.set(key, flight);
    return flight.value as Promise<Result>;
  };
}

async function readAndKeep<Result>(key: string, read: () => Promise<Result>, flight: Pending): Promise<Result> {
  let value: Result;
  try {
    value = await read();
  } finally {
    // Before anything else, so that no caller joins this read once it is decided what becomes of its value.
    if (store.pending.get(key) === flight) store.pending.delete(key);
  }
  // A value several callers waited for is shared, so frozen like a kept one; and asked for more than once, so kept.
  const shared = flight.joined;
  // A read that overlapped a change may hold the record as it was before: give it to its callers, keep it from others.
  if (store.generation !== flight.generation) return shared ? deepFreeze(value) : value;
  // Read once so far: the value goes to its one caller and is not shared, so it need not be frozen either.
  if (!shared && !store.readOnce.has(key)) {
    store.readOnce.set(key, true);
    return value;
  }
  const kept = deepFreeze(value);
  store.entries.set(key, { value: kept });
  return kept;
}

/** Expires every cached public read at once. Call after the transaction that changed the public record has
 *  committed: decisions and edits come through server actions and route handlers, in the server that caches. */
export function publishedRecordChanged() {
  store.generation++;
  store.entries.clear();
  store.pending.clear();
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}
