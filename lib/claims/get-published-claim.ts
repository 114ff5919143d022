import { cache } from 'react';
import { db } from '@/lib/db';
import { isPublished, publishedVersionSelect } from './published-claim-select';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One published claim with its sign-off and retraction; null when it is not public. */
async function readPublishedClaimWithoutLinks(id: string) {
  if (!isUuid(id)) return null;
  const claim = await db.claim.findFirst({
    where: { id, ...isPublished },
    select: {
      id: true,
      status: true,
      publishedVersion: {
        select: {
          ...publishedVersionSelect,
          reviews: {
            where: { decision: 'APPROVE' },
            orderBy: { createdAt: 'desc' },
            take: 1,
            select: { createdAt: true, reviewer: { select: { name: true } } },
          },
        },
      },
      reviews: {
        where: { decision: 'RETRACT' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { createdAt: true, note: true },
      },
    },
  });
  if (!claim?.publishedVersion) return null;
  const { publishedVersion, reviews, ...rest } = claim;
  return {
    ...rest,
    version: publishedVersion,
    signOff: publishedVersion.reviews[0] ?? null,
    retraction: claim.status === 'RETRACTED' ? (reviews[0] ?? null) : null,
  };
}

/** A contradiction shows both claims but not their own links, which a much-disputed claim has by the hundred. */
export const getPublishedClaimWithoutLinks = cache(cachedPublicRead('getPublishedClaimWithoutLinks', readPublishedClaimWithoutLinks));

/** One published claim with its sign-off, retraction and published links; null when it is not public.
 *  Cached per request: the page and its metadata ask for the same claim. */
async function readPublishedClaim(id: string) {
  const [claim, links] = await Promise.all([readPublishedClaimWithoutLinks(id), isUuid(id) ? readPublishedLinks(id) : []]);
  if (!claim) return null;
  return {
    ...claim,
    links: links.map((link) => ({
      id: link.id,
      kind: link.kind,
      status: link.status,
      direction: link.claimAId === id ? ('outgoing' as const) : ('incoming' as const),
      other: link.claimAId === id ? link.claimB : link.claimA,
      note: link.publishedVersion?.note ?? '',
      resolution: link.publishedVersion?.resolution ?? 'UNRESOLVED',
      resolutionNote: link.publishedVersion?.resolutionNote ?? '',
      retraction: link.status === 'RETRACTED' ? (link.reviews[0] ?? null) : null,
    })),
  };
}

function readPublishedLinks(id: string) {
  return db.claimLink.findMany({
    where: {
      publishedVersionId: { not: null },
      OR: [{ claimAId: id }, { claimBId: id }],
      claimA: isPublished,
      claimB: isPublished,
    },
    select: {
      id: true,
      kind: true,
      status: true,
      claimAId: true,
      claimA: { select: { id: true, status: true, publishedVersion: { select: { statement: true } } } },
      claimB: { select: { id: true, status: true, publishedVersion: { select: { statement: true } } } },
      publishedVersion: { select: { note: true, resolution: true, resolutionNote: true } },
      reviews: { where: { decision: 'RETRACT' }, orderBy: { createdAt: 'desc' }, take: 1, select: { note: true, createdAt: true } },
    },
  });
}

export const getPublishedClaim = cache(cachedPublicRead('getPublishedClaim', readPublishedClaim));

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A guessed address that is not even a UUID is simply not found, never a database error. */
export function isUuid(value: string) {
  return uuidPattern.test(value);
}
