import 'server-only';
import { AppError } from '@/lib/errors';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { searchPublishedClaims } from '@/lib/search/search-published-claims';
import type { SearchQuery } from './public-query-schema';
import { toClaimJson } from './to-claim-json';

/** GET /api/v1/search: the search page's results as JSON text. Highlights are arrays whose odd items matched. */
export async function searchClaimsJson(query: SearchQuery, origin: string): Promise<string> {
  if (!query.q && !query.entity && !query.topic && !query.from && !query.to && !query.grade && !query.kind) {
    throw new AppError('INVALID', 'Give a search term (q) or at least one filter', { q: ['Give a search term'] });
  }
  return searchAnswer(query, origin);
}

// Kept as text, like the claim list's pages: rewriting a cached search's 20 claims and serializing them again
// (about 55 kB) on every request held a cached search to 0.59-0.67 of the benchmark's ceiling, where the claim
// list's cached first page, the same size as text, reached 0.82-1.05.
const searchAnswer = cachedPublicRead('searchClaimsJson', async (query: SearchQuery, origin: string) => {
  const result = await searchPublishedClaims(query);
  return JSON.stringify({
    data: result.hits.map((hit) => ({
      claim: toClaimJson(hit.claim, origin),
      highlights: { ...hit.highlights, sourceId: hit.quotedSource?.id ?? null },
      matchedNames: hit.namedEntities.map(({ slug, name }) => ({ slug, name })),
    })),
    nextCursor: result.nextCursor,
    total: result.total,
    ignoredWords: result.interpretation.ignoredWords,
  });
});
