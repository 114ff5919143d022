import { updateClaim } from '@/lib/claims/update-claim';
import { apiRoute } from '@/lib/http/api-route';
import { getPublicClaim } from '@/lib/public-api/get-public-claim';
import { noQuery, parseQuery } from '@/lib/public-api/public-query-schema';
import { publicOptions, publicRoute } from '@/lib/public-api/public-route';

export const PATCH = apiRoute<{ id: string }>(({ actor, body, params }) => updateClaim(actor, params.id, body));

export const GET = publicRoute<{ id: string }>(({ url, params }) => {
  parseQuery(noQuery, url);
  return getPublicClaim(params.id, url.origin);
});
export const OPTIONS = publicOptions;
