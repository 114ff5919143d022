import { getContradiction } from '@/lib/public-api/get-contradiction';
import { noQuery, parseQuery } from '@/lib/public-api/public-query-schema';
import { jsonTextResponse, publicOptions, publicRoute } from '@/lib/public-api/public-route';

export const GET = publicRoute<{ id: string }>(async ({ url, params }) => {
  parseQuery(noQuery, url);
  return jsonTextResponse(await getContradiction(params.id, url.origin));
});
export const OPTIONS = publicOptions;
