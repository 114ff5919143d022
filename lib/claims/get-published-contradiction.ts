import { cache } from 'react';
import { db } from '@/lib/db';
import { isPublicContradiction } from '@/lib/public-api/contradiction-json';
import { approvalReview, fromPublicClaimRow, publicClaimSelect, retractReview } from '@/lib/public-api/to-claim-json';
import { isUuid } from './get-published-claim';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** A published contradiction with both claims as the public sees them; null for anything else, guessed or not.
 *  One query: the link, its sign-off and both claims, but not the claims' own links, which a much-disputed claim
 *  has by the hundred. */
async function readPublishedContradiction(id: string) {
  if (!isUuid(id)) return null;
  const link = await db.claimLink.findFirst({
    where: { id: id.toLowerCase(), ...isPublicContradiction },
    select: {
      id: true,
      status: true,
      claimAId: true,
      claimBId: true,
      claimA: { select: publicClaimSelect },
      claimB: { select: publicClaimSelect },
      publishedVersion: { select: { note: true, resolution: true, resolutionNote: true, reviews: approvalReview } },
      reviews: retractReview,
    },
  });
  if (!link?.publishedVersion) return null;
  // The where clause already requires both claims published; this only narrows the types.
  const claimA = fromPublicClaimRow(link.claimA);
  const claimB = fromPublicClaimRow(link.claimB);
  if (!claimA || !claimB) return null;
  const { publishedVersion, reviews, ...rest } = link;
  return {
    ...rest,
    note: publishedVersion.note,
    resolution: publishedVersion.resolution,
    resolutionNote: publishedVersion.resolutionNote,
    signOff: publishedVersion.reviews[0] ?? null,
    retraction: link.status === 'RETRACTED' ? (reviews[0] ?? null) : null,
    claimA,
    claimB,
  };
}

export const getPublishedContradiction = cache(cachedPublicRead('getPublishedContradiction', readPublishedContradiction));

/** The newest published contradictions, for the home page. */
function readLatestContradictions(take = 10) {
  return db.claimLink.findMany({
    where: isPublicContradiction,
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take,
    select: {
      id: true,
      status: true,
      claimA: { select: { publishedVersion: { select: { statement: true } } } },
      claimB: { select: { publishedVersion: { select: { statement: true } } } },
    },
  });
}

export const latestContradictions = cachedPublicRead('latestContradictions', readLatestContradictions);
