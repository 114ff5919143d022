import 'server-only';
import { getPublishedClaim } from '@/lib/claims/get-published-claim';
import { notFound } from '@/lib/errors';
import { toClaimJson } from './to-claim-json';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One published claim; a draft, a claim in review or a rejected one is simply not found. */
async function readPublicClaim(id: string, origin: string) {
  const claim = await getPublishedClaim(id);
  if (!claim) throw notFound('Claim');
  return { data: toClaimJson(claim, origin) };
}

export const getPublicClaim = cachedPublicRead('getPublicClaim', readPublicClaim);
