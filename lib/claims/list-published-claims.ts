import { db } from '@/lib/db';
import { isPublished, publishedVersionSelect } from './published-claim-select';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** The published claims, newest assertion first, with their citations' sources. */
async function readPublishedClaims({ take = 50 } = {}) {
  return db.claim.findMany({
    where: isPublished,
    orderBy: [{ publishedVersion: { claimedAt: 'desc' } }, { id: 'asc' }],
    take,
    select: { id: true, status: true, publishedVersion: { select: publishedVersionSelect } },
  });
}

export const listPublishedClaims = cachedPublicRead('listPublishedClaims', readPublishedClaims);
