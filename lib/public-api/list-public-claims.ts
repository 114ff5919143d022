import 'server-only';
import type { z } from 'zod';
import { isPublished } from '@/lib/claims/published-claim-select';
import { isUuid } from '@/lib/claims/get-published-claim';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { keysetPage } from './cursor';
import type { ClaimFilters, claimsQuery } from './public-query-schema';
import { readPublicClaims } from './read-public-claims';
import { toClaimJson } from './to-claim-json';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

type ClaimsQuery = z.infer<typeof claimsQuery>;

/** An entity by id or slug, in any of a version's three roles. */
export function mentionsEntity(entity: string): Prisma.ClaimVersionWhereInput {
  const match: Prisma.EntityWhereInput = isUuid(entity) ? { OR: [{ id: entity.toLowerCase() }, { slug: entity }] } : { slug: entity };
  return { OR: [{ claimant: match }, { subject: match }, { object: match }] };
}

export const inTopic = (slug: string): Prisma.ClaimVersionWhereInput => ({ topics: { some: { topic: { slug } } } });

/** A claim in a published link of this kind, whichever side it is on; a link is public only with both claims. */
function inPublicLink(kind: NonNullable<ClaimFilters['kind']>): Prisma.ClaimWhereInput {
  const link = { kind, publishedVersionId: { not: null }, claimA: isPublished, claimB: isPublished } satisfies Prisma.ClaimLinkWhereInput;
  return { OR: [{ linksAsA: { some: link } }, { linksAsB: { some: link } }] };
}

/** Filters apply to the published version only: a draft's new topic or date never moves a claim in or out. */
export function publicClaimsWhere(query: ClaimFilters): Prisma.ClaimWhereInput {
  const version: Prisma.ClaimVersionWhereInput[] = [];
  if (query.entity) version.push(mentionsEntity(query.entity));
  if (query.topic) version.push(inTopic(query.topic));
  if (query.from || query.to) version.push({ claimedAt: { gte: query.from, lte: query.to } });
  if (query.grade) version.push({ citations: { some: { source: { grade: query.grade } } } });
  const and: Prisma.ClaimWhereInput[] = version.map((where) => ({ publishedVersion: { is: where } }));
  if (query.kind) and.push(inPublicLink(query.kind));
  return { ...isPublished, AND: and };
}

async function readPublicClaimList(query: ClaimsQuery, origin: string) {
  const where = publicClaimsWhere(query);
  const { rows, nextCursor } = await keysetPage((page) => db.claim.findMany({ ...page, where: { AND: [where, page.where] }, select: { id: true } }), query);
  const claims = await readPublicClaims(rows.map((row) => row.id));
  return { data: claims.map((claim) => toClaimJson(claim, origin)), nextCursor };
}

export const listPublicClaims = cachedPublicRead('listPublicClaims', readPublicClaimList);
