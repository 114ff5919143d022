import { listPublicTopics } from '@/lib/public-api/list-public-topics';
import { pageQuery, parseQuery } from '@/lib/public-api/public-query-schema';
import { publicOptions, publicRoute } from '@/lib/public-api/public-route';

export const GET = publicRoute(({ url }) => listPublicTopics(parseQuery(pageQuery, url)));
export const OPTIONS = publicOptions;
