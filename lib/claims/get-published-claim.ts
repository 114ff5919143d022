import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { fromPublicClaimRow, publicClaimSelect } from '@/lib/public-api/to-claim-json';
import { isPublished } from './published-claim-select';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

// A published link seen from one of its claims, with the claim at its other end, which must be published too.
const otherClaim = { select: { id: true, status: true, publishedVersion: { select: { statement: true } } } } satisfies Prisma.ClaimDefaultArgs;
const linkOrder = [{ createdAt: 'asc' }, { id: 'asc' }] satisfies Prisma.ClaimLinkOrderByWithRelationInput[];
const linkSelect = {
  id: true,
  kind: true,
  status: true,
  publishedVersion: { select: { note: true, resolution: true, resolutionNote: true } },
  reviews: { where: { decision: 'RETRACT' }, orderBy: { createdAt: 'desc' }, take: 1, select: { note: true, createdAt: true } },
} satisfies Prisma.ClaimLinkSelect;

const linksAsA = {
  where: { publishedVersionId: { not: null }, claimB: isPublished },
  orderBy: linkOrder,
  select: { ...linkSelect, claimB: otherClaim },
} satisfies Prisma.Claim$linksAsAArgs;
const linksAsB = {
  where: { publishedVersionId: { not: null }, claimA: isPublished },
  orderBy: linkOrder,
  select: { ...linkSelect, claimA: otherClaim },
} satisfies Prisma.Claim$linksAsBArgs;

/** One published claim with its sign-off, retraction and published links; null when it is not public.
 *  One query: the claim, its published version and both directions of its links are joined in Postgres. */
async function readPublishedClaim(id: string) {
  if (!isUuid(id)) return null;
  const row = await db.claim.findFirst({
    where: { id: id.toLowerCase(), ...isPublished },
    select: { ...publicClaimSelect, linksAsA, linksAsB },
  });
  const claim = row && fromPublicClaimRow(row);
  if (!row || !claim) return null;
  type Link = (typeof row.linksAsA)[number] | (typeof row.linksAsB)[number];
  const toLink = (link: Link, direction: 'outgoing' | 'incoming') => ({
    id: link.id,
    kind: link.kind,
    status: link.status,
    direction,
    other: 'claimB' in link ? link.claimB : link.claimA,
    note: link.publishedVersion?.note ?? '',
    resolution: link.publishedVersion?.resolution ?? 'UNRESOLVED',
    resolutionNote: link.publishedVersion?.resolutionNote ?? '',
    retraction: link.status === 'RETRACTED' ? (link.reviews[0] ?? null) : null,
  });
  return {
    ...claim,
    links: [...row.linksAsA.map((link) => toLink(link, 'outgoing')), ...row.linksAsB.map((link) => toLink(link, 'incoming'))],
  };
}

/** Cached until the published record changes; the claim's page and the API's claim share the entry. */
export const getPublishedClaim = cache(cachedPublicRead('getPublishedClaim', readPublishedClaim));

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A guessed address that is not even a UUID is simply not found, never a database error. */
export function isUuid(value: string) {
  return uuidPattern.test(value);
}
