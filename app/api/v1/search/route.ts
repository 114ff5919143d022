import { parseQuery, searchQuery } from '@/lib/public-api/public-query-schema';
import { publicOptions, publicRoute } from '@/lib/public-api/public-route';
import { searchClaimsJson } from '@/lib/public-api/search-claims';

export const GET = publicRoute(({ url }) => searchClaimsJson(parseQuery(searchQuery, url), url.origin));
export const OPTIONS = publicOptions;
