import { readRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { LinkKind, Resolution, ReviewStatus } from '@/lib/generated/prisma/enums';
import { claimFromJson, publicClaimJson, retractionJson, withMoment, type ClaimAsJson, type Dated } from '@/lib/public-api/read-public-claims';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

type PublishedLink = {
  id: string;
  kind: LinkKind;
  status: ReviewStatus;
  direction: 'outgoing' | 'incoming';
  other: { id: string; status: ReviewStatus; publishedVersion: { statement: string } };
  note: string;
  resolution: Resolution;
  resolutionNote: string;
  retraction: { note: string; createdAt: Date } | null;
};

/** The claim's published links, `l` with its published version `lv`, seen from claim `c`: the claim at the other
 *  end must be published too. Its own links first, then those that name it, each in the order they were made. */
const publishedLinksJson = Prisma.sql`coalesce((
  SELECT json_agg(json_build_object(
    'id', l.id, 'kind', l.kind, 'status', l.status,
    'direction', CASE WHEN l."claimAId" = c.id THEN 'outgoing' ELSE 'incoming' END,
    'other', json_build_object('id', o.id, 'status', o.status, 'publishedVersion', json_build_object('statement', ov.statement)),
    'note', lv.note, 'resolution', lv.resolution, 'resolutionNote', lv."resolutionNote",
    'retraction', ${retractionJson(Prisma.sql`l.status`, 'linkId', Prisma.sql`l.id`)}
  ) ORDER BY l."claimAId" = c.id DESC, l."createdAt", l.id)
  FROM "public"."ClaimLink" l
  JOIN "public"."ClaimLinkVersion" lv ON lv.id = l."publishedVersionId"
  JOIN "public"."Claim" o ON o.id = CASE WHEN l."claimAId" = c.id THEN l."claimBId" ELSE l."claimAId" END
  JOIN "public"."ClaimVersion" ov ON ov.id = o."publishedVersionId"
  WHERE l."claimAId" = c.id OR l."claimBId" = c.id), '[]')`;

/** One published claim with its sign-off, retraction and published links; null when it is not public.
 *  One statement: Postgres builds the claim and its links as JSON (lib/public-api/read-public-claims.ts says why). */
async function readPublishedClaim(id: string) {
  if (!isUuid(id)) return null;
  const [row] = await readRows<{ claim: ClaimAsJson; links: Dated<PublishedLink>[] }>(Prisma.sql`
    SELECT ${publicClaimJson} AS claim, ${publishedLinksJson} AS links
    FROM "public"."Claim" c
    WHERE c.id = ${id.toLowerCase()}::uuid AND c."publishedVersionId" IS NOT NULL`);
  if (!row) return null;
  const links: PublishedLink[] = row.links.map((link) => ({ ...link, retraction: withMoment(link.retraction) }));
  return { ...claimFromJson(row.claim), links };
}

/** Cached until the published record changes; the claim's page and the API's claim share the entry. */
export const getPublishedClaim = cachedPublicRead('getPublishedClaim', readPublishedClaim);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A guessed address that is not even a UUID is simply not found, never a database error. */
export function isUuid(value: string) {
  return uuidPattern.test(value);
}
