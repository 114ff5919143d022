import { db, readRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { rowLimit } from '@/lib/database/row-limit';
import { isPublished, publishedVersionSelect } from './published-claim-select';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** The published claims, newest assertion first, with their citations' sources. The newest are the first entries of
 *  PublishedClaimSearch's index by date: ordered by their published version's date through Prisma, every published
 *  claim was read and sorted (219 ms at 100,000 claims, on every first visit of the home page). */
async function readPublishedClaims({ take = 50 } = {}) {
  const newest = await readRows<{ claimId: string }>(Prisma.sql`
    SELECT "claimId" FROM "public"."PublishedClaimSearch" ORDER BY "claimedAt" DESC, "claimId" LIMIT ${rowLimit(take)}`);
  const claims = await db.claim.findMany({
    // Published again: a claim's row above may have been read before a retraction or a newer approval.
    where: { AND: [isPublished, { id: { in: newest.map((row) => row.claimId) } }] },
    select: { id: true, status: true, publishedVersion: { select: publishedVersionSelect } },
  });
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return newest.flatMap((row) => byId.get(row.claimId) ?? []);
}

export const listPublishedClaims = cachedPublicRead('listPublishedClaims', readPublishedClaims);
