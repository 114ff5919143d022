import { contradictionFeed } from '@/lib/claims/contradiction-feed';
import { plainRoute } from '@/lib/http/plain-route';
import { publicOrigin } from '@/lib/runtime/public-origin';

export const dynamic = 'force-dynamic';

export const GET = plainRoute(
  async () => new Response(await contradictionFeed(publicOrigin()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } }),
);
