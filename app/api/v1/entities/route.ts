import { createEntity } from '@/lib/entities/create-entity';
import { apiRoute } from '@/lib/http/api-route';
import { listPublicEntities } from '@/lib/public-api/list-public-entities';
import { pageQuery, parseQuery } from '@/lib/public-api/public-query-schema';
import { publicOptions, publicRoute } from '@/lib/public-api/public-route';

export const POST = apiRoute(({ actor, body }) => createEntity(actor, body), { successStatus: 201 });

export const GET = publicRoute(({ url }) => listPublicEntities(parseQuery(pageQuery, url)));
export const OPTIONS = publicOptions;
