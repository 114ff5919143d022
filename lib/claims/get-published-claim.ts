import { readRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { LinkKind, Resolution, ReviewStatus } from '@/lib/generated/prisma/enums';
import { claimFromJson, publicClaimJson, retractionJson, withMoment, type ClaimAsJson, type Dated } from '@/lib/public-api/read-public-claims';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { relatedClaimsPerPage, relatedClaimsShown } from './related-claims-address';

export type PublishedLink = {
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

export type LinkCounts = Partial<Record<LinkKind, number>>;

/** Claim `c`'s published links whose claim at the other end is published too, numbered within their kind: its own
 *  first, then those that name it, each in the order they were made. Built as JSON only for the numbers from
 *  `first` to `last` (of `kind` alone, when given), in that order; `counts` holds every kind's total. */
const publishedLinksJson = ({ kind, first, last }: { kind?: LinkKind; first: number; last: number }) => Prisma.sql`(
  SELECT json_build_object(
    'shown', coalesce(json_agg((
      SELECT json_build_object(
        'id', n.id, 'kind', n.kind, 'status', n.status,
        'direction', CASE WHEN n.own THEN 'outgoing' ELSE 'incoming' END,
        'other', json_build_object('id', n."otherId", 'status', n."otherStatus", 'publishedVersion', json_build_object('statement', ov.statement)),
        'note', lv.note, 'resolution', lv.resolution, 'resolutionNote', lv."resolutionNote",
        'retraction', ${retractionJson(Prisma.sql`n.status`, 'linkId', Prisma.sql`n.id`)})
      FROM "public"."ClaimLinkVersion" lv, "public"."ClaimVersion" ov
      WHERE lv.id = n."publishedVersionId" AND ov.id = n."otherVersionId"
    ) ORDER BY n.own DESC, n."createdAt", n.id) FILTER (WHERE n.place BETWEEN ${first}::int AND ${last}::int), '[]'),
    'counts', coalesce(json_object_agg(n.kind, n."ofKind") FILTER (WHERE n.place = 1), '{}'))
  FROM (
    SELECT l.id, l.kind, l.status, l."createdAt", l."publishedVersionId", l."claimAId" = c.id AS own, o.id AS "otherId", o.status AS "otherStatus",
      o."publishedVersionId" AS "otherVersionId",
      row_number() OVER (PARTITION BY l.kind ORDER BY l."claimAId" = c.id DESC, l."createdAt", l.id) AS place,
      count(*) OVER (PARTITION BY l.kind) AS "ofKind"
    FROM "public"."ClaimLink" l
    JOIN "public"."Claim" o ON o.id = CASE WHEN l."claimAId" = c.id THEN l."claimBId" ELSE l."claimAId" END
    WHERE (l."claimAId" = c.id OR l."claimBId" = c.id) AND l."publishedVersionId" IS NOT NULL AND o."publishedVersionId" IS NOT NULL
      ${kind ? Prisma.sql`AND l.kind = ${kind}::"public"."LinkKind"` : Prisma.empty}
  ) n)`;

type LinksJson = { shown: Dated<PublishedLink>[]; counts: LinkCounts };

const withRetractionMoments = (links: Dated<PublishedLink>[]): PublishedLink[] =>
  links.map((link) => ({ ...link, retraction: withMoment(link.retraction) }));

/** One published claim with its sign-off, retraction, the first related claims of each kind and how many there
 *  are; null when it is not public. One statement: Postgres builds the claim and its links as JSON
 *  (lib/public-api/read-public-claims.ts says why). */
async function readPublishedClaim(id: string) {
  if (!isUuid(id)) return null;
  const [row] = await readRows<{ claim: ClaimAsJson; links: LinksJson }>(Prisma.sql`
    SELECT ${publicClaimJson} AS claim, ${publishedLinksJson({ first: 1, last: relatedClaimsShown })} AS links
    FROM "public"."Claim" c
    WHERE c.id = ${id.toLowerCase()}::uuid AND c."publishedVersionId" IS NOT NULL`);
  if (!row) return null;
  return { ...claimFromJson(row.claim), links: withRetractionMoments(row.links.shown), linkCounts: row.links.counts };
}

/** Cached until the published record changes; the claim's page and the API's claim share the entry. */
export const getPublishedClaim = cachedPublicRead('getPublishedClaim', readPublishedClaim);

/** One page of a published claim's related claims of one kind (`page` from 1), with the claim's statement and status
 *  and how many there are; null when the claim is not public. */
async function readRelatedClaims(id: string, kind: LinkKind, page: number) {
  if (!isUuid(id)) return null;
  const first = (page - 1) * relatedClaimsPerPage + 1;
  const [row] = await readRows<{ statement: string; status: ReviewStatus; links: LinksJson }>(Prisma.sql`
    SELECT v.statement, c.status, ${publishedLinksJson({ kind, first, last: first + relatedClaimsPerPage - 1 })} AS links
    FROM "public"."Claim" c JOIN "public"."ClaimVersion" v ON v.id = c."publishedVersionId"
    WHERE c.id = ${id.toLowerCase()}::uuid`);
  if (!row) return null;
  return { id: id.toLowerCase(), statement: row.statement, status: row.status, kind, page, total: row.links.counts[kind] ?? 0, links: withRetractionMoments(row.links.shown) };
}

export const getRelatedClaims = cachedPublicRead('getRelatedClaims', readRelatedClaims);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A guessed address that is not even a UUID is simply not found, never a database error. */
export function isUuid(value: string) {
  return uuidPattern.test(value);
}
