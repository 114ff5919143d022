import { unstable_cache } from 'next/cache';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { parseDated, stringifyDated } from './dated-json';

// The public site's reads are cached in the server's memory (next.config.js keeps Next's data cache off disk,
// so a restart or another database never serves an old record) and expire together the moment a reviewer's
// decision, or an edit to a source or entity, changes what the public sees.

export const publishedRecordTag = 'published-record';

/** Scripts and tests call lib/ outside any Next.js request, where its caches do not exist. The public pages
 *  (Pages Router) have no work store but reach the same cache through the server's global one. */
const cacheAvailable = () =>
  workAsyncStorage.getStore()?.incrementalCache !== undefined || (globalThis as { __incrementalCache?: unknown }).__incrementalCache !== undefined;

/** A public reader, cached until the published record next changes. */
export function cachedPublicRead<Args extends (string | number | boolean | null | undefined | Record<string, unknown>)[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
) {
  // Next's cache stores JSON; the Dates every page formats travel marked (dated-json.ts).
  const cached = unstable_cache(async (...args: Args) => stringifyDated(await read(...args)), ['public', name], {
    tags: [publishedRecordTag],
  });
  return async (...args: Args): Promise<Result> => (cacheAvailable() ? parseDated<Result>(await cached(...args)) : read(...args));
}
