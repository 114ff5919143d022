import { getContradiction } from '@/lib/public-api/get-contradiction';
import { noQuery, parseQuery } from '@/lib/public-api/public-query-schema';
import { publicOptions, publicRoute } from '@/lib/public-api/public-route';

export const GET = publicRoute<{ id: string }>(({ url, params }) => {
  parseQuery(noQuery, url);
  return getContradiction(params.id, url.origin);
});
export const OPTIONS = publicOptions;
