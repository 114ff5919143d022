import { listContradictions } from '@/lib/public-api/list-contradictions';
import { contradictionsQuery, parseQuery } from '@/lib/public-api/public-query-schema';
import { jsonTextResponse, publicOptions, publicRoute } from '@/lib/public-api/public-route';

export const GET = publicRoute(async ({ url }) => jsonTextResponse(await listContradictions(parseQuery(contradictionsQuery, url), url.origin)));
export const OPTIONS = publicOptions;
