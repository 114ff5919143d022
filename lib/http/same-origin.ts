import { publicOrigin } from '@/lib/runtime/public-origin';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request that changes something came from one of our own pages. A browser attaches the session
 * cookie to a form or fetch another site makes; it also says where that request came from, in a header the
 * page cannot forge: Sec-Fetch-Site (every current browser), or else Origin. A request carrying neither is
 * refused too, as better-auth refuses one on sign-in; scripts use a personal token, which no other site holds.
 */
export function isSameOriginWrite(request: Request): boolean {
  if (safeMethods.has(request.method)) return true;
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  return request.headers.get('origin') === publicOrigin();
}
