import { createClaim } from '@/lib/claims/create-claim';
import { apiRoute } from '@/lib/http/api-route';
import { listPublicClaims } from '@/lib/public-api/list-public-claims';
import { claimsQuery, parseQuery } from '@/lib/public-api/public-query-schema';
import { jsonTextResponse, publicOptions, publicRoute } from '@/lib/public-api/public-route';

export const POST = apiRoute(({ actor, body }) => createClaim(actor, body), { successStatus: 201 });

export const GET = publicRoute(async ({ url }) => jsonTextResponse(await listPublicClaims(parseQuery(claimsQuery, url), url.origin)));
export const OPTIONS = publicOptions;
