import { db, readRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Resolution, ReviewStatus } from '@/lib/generated/prisma/enums';
import { isPublicContradiction } from '@/lib/public-api/public-contradiction';
import { claimFromJson, linkSignOffJson, publicClaimJson, retractionJson, withMoment, type ClaimAsJson } from '@/lib/public-api/read-public-claims';
import { isUuid } from './get-published-claim';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

type ContradictionAsJson = {
  id: string;
  status: ReviewStatus;
  claimAId: string;
  claimBId: string;
  note: string;
  resolution: Resolution;
  resolutionNote: string;
  signOff: { createdAt: string; reviewer: { name: string } } | null;
  retraction: { createdAt: string; note: string } | null;
  claimA: ClaimAsJson | null;
  claimB: ClaimAsJson | null;
};

/** One side of the link `l`, as the public claim, or null when that claim is not published. */
const side = (claimId: Prisma.Sql) =>
  Prisma.sql`(SELECT ${publicClaimJson} FROM "public"."Claim" c WHERE c.id = ${claimId} AND c."publishedVersionId" IS NOT NULL)`;

/** A published contradiction with both claims as the public sees them; null for anything else, guessed or not.
 *  One statement, built as JSON by Postgres like a claim's (lib/public-api/read-public-claims.ts says why); not the
 *  claims' own links, which a much-disputed claim has by the hundred. */
async function readPublishedContradiction(id: string) {
  if (!isUuid(id)) return null;
  const [row] = await readRows<{ contradiction: ContradictionAsJson }>(Prisma.sql`
    SELECT json_build_object(
      'id', l.id, 'status', l.status, 'claimAId', l."claimAId", 'claimBId', l."claimBId",
      'note', lv.note, 'resolution', lv.resolution, 'resolutionNote', lv."resolutionNote",
      'signOff', ${linkSignOffJson(Prisma.sql`lv.id`)},
      'retraction', ${retractionJson(Prisma.sql`l.status`, 'linkId', Prisma.sql`l.id`)},
      'claimA', ${side(Prisma.sql`l."claimAId"`)},
      'claimB', ${side(Prisma.sql`l."claimBId"`)}
    ) AS contradiction
    FROM "public"."ClaimLink" l JOIN "public"."ClaimLinkVersion" lv ON lv.id = l."publishedVersionId"
    WHERE l.id = ${id.toLowerCase()}::uuid AND l.kind = 'CONTRADICTS'`);
  const contradiction = row?.contradiction;
  // As isPublicContradiction says: a published CONTRADICTS link, public only with both its claims.
  if (!contradiction?.claimA || !contradiction.claimB) return null;
  const { signOff, retraction, claimA, claimB } = contradiction;
  return {
    ...contradiction,
    signOff: withMoment(signOff),
    retraction: withMoment(retraction),
    claimA: claimFromJson(claimA),
    claimB: claimFromJson(claimB),
  };
}

export const getPublishedContradiction = cachedPublicRead('getPublishedContradiction', readPublishedContradiction);

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
