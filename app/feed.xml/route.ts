import { contradictionFeed } from '@/lib/claims/contradiction-feed';
import { publicOrigin } from '@/lib/runtime/public-origin';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await contradictionFeed(publicOrigin()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
