import { apiRoute } from '@/lib/http/api-route';
import { listPublicSources } from '@/lib/public-api/list-public-sources';
import { pageQuery, parseQuery } from '@/lib/public-api/public-query-schema';
import { publicOptions, publicRoute } from '@/lib/public-api/public-route';
import { createSource } from '@/lib/sources/create-source';

export const POST = apiRoute(({ actor, body }) => createSource(actor, body), { successStatus: 201 });

export const GET = publicRoute(({ url }) => listPublicSources(parseQuery(pageQuery, url)));
export const OPTIONS = publicOptions;
