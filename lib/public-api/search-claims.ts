import 'server-only';
import { AppError } from '@/lib/errors';
import { searchPublishedClaims } from '@/lib/search/search-published-claims';
import type { SearchQuery } from './public-query-schema';
import { toClaimJson } from './to-claim-json';

/** GET /api/v1/search: the search page's results as JSON. Highlights are arrays whose odd items matched. */
export async function searchClaimsJson(query: SearchQuery, origin: string) {
  if (!query.q && !query.entity && !query.topic && !query.from && !query.to && !query.grade && !query.kind) {
    throw new AppError('INVALID', 'Give a search term (q) or at least one filter', { q: ['Give a search term'] });
  }
  const result = await searchPublishedClaims(query);
  return {
    data: result.hits.map((hit) => ({
      claim: toClaimJson(hit.claim, origin),
      highlights: { ...hit.highlights, sourceId: hit.quotedSource?.id ?? null },
      matchedNames: hit.namedEntities.map(({ slug, name }) => ({ slug, name })),
    })),
    nextCursor: result.nextCursor,
    total: result.total,
    ignoredWords: result.interpretation.ignoredWords,
  };
}
