import 'server-only';
import { db } from '@/lib/db';
import { isPublished, publishedVersionSelect } from './published-claim-select';

/** The published claims, newest assertion first, with their citations' sources. */
export async function listPublishedClaims({ take = 50 } = {}) {
  return db.claim.findMany({
    where: isPublished,
    orderBy: [{ publishedVersion: { claimedAt: 'desc' } }, { id: 'asc' }],
    take,
    select: { id: true, status: true, publishedVersion: { select: publishedVersionSelect } },
  });
}
