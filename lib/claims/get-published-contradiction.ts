import { cache } from 'react';
import { db } from '@/lib/db';
import { isPublicContradiction } from '@/lib/public-api/contradiction-json';
import { getPublishedClaimWithoutLinks, isUuid } from './get-published-claim';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** A published contradiction with both claims as the public sees them; null for anything else, guessed or not. */
async function readPublishedContradiction(id: string) {
  if (!isUuid(id)) return null;
  const link = await db.claimLink.findFirst({
    where: { id: id.toLowerCase(), ...isPublicContradiction },
    select: {
      id: true,
      status: true,
      claimAId: true,
      claimBId: true,
      publishedVersion: {
        select: {
          note: true,
          resolution: true,
          resolutionNote: true,
          reviews: { where: { decision: 'APPROVE' }, orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true, reviewer: { select: { name: true } } } },
        },
      },
      reviews: { where: { decision: 'RETRACT' }, orderBy: { createdAt: 'desc' }, take: 1, select: { note: true, createdAt: true } },
    },
  });
  if (!link?.publishedVersion) return null;
  const [claimA, claimB] = await Promise.all([getPublishedClaimWithoutLinks(link.claimAId), getPublishedClaimWithoutLinks(link.claimBId)]);
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
