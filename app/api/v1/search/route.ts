import { parseQuery, searchQuery } from '@/lib/public-api/public-query-schema';
import { jsonTextResponse, publicOptions, publicRoute } from '@/lib/public-api/public-route';
import { searchClaimsJson } from '@/lib/public-api/search-claims';

export const GET = publicRoute(async ({ url }) => jsonTextResponse(await searchClaimsJson(parseQuery(searchQuery, url), url.origin)));
export const OPTIONS = publicOptions;
