import 'server-only';
import { getPublishedClaim } from '@/lib/claims/get-published-claim';
import { notFound } from '@/lib/errors';
import { toClaimJson } from './to-claim-json';

/** One published claim; a draft, a claim in review or a rejected one is simply not found. Not cached on its own:
 *  it shapes the claim page's cached read, so a claim read by both is read and kept once. */
export async function getPublicClaim(id: string, origin: string) {
  const claim = await getPublishedClaim(id);
  if (!claim) throw notFound('Claim');
  return { data: toClaimJson(claim, origin) };
}
