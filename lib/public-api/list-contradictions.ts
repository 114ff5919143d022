import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { contradictionSelect, isPublicContradiction, toContradictionJson } from './contradiction-json';
import { keysetPage } from './cursor';
import { entitySlugOrId } from './reference-lists';
import type { contradictionsQuery } from './public-query-schema';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** An entity by id or slug, in any of a version's three roles. */
function mentionsEntity(entity: string): Prisma.ClaimVersionWhereInput {
  const match = entitySlugOrId(entity);
  return { OR: [{ claimant: match }, { subject: match }, { object: match }] };
}

const inTopic = (slug: string): Prisma.ClaimVersionWhereInput => ({ topics: { some: { topic: { slug } } } });

/** Either side's published version matches. */
const eitherClaim = (where: Prisma.ClaimVersionWhereInput): Prisma.ClaimLinkWhereInput => ({
  OR: [{ claimA: { publishedVersion: { is: where } } }, { claimB: { publishedVersion: { is: where } } }],
});

async function readContradictions(query: z.infer<typeof contradictionsQuery>, origin: string) {
  const filters: Prisma.ClaimLinkWhereInput[] = [isPublicContradiction];
  if (query.entity) filters.push(eitherClaim(mentionsEntity(query.entity)));
  if (query.topic) filters.push(eitherClaim(inTopic(query.topic)));
  const { rows, nextCursor } = await keysetPage(
    (page) => db.claimLink.findMany({ ...page, where: { AND: [...filters, page.where] }, select: contradictionSelect }),
    query,
  );
  return { data: rows.flatMap((row) => toContradictionJson(row, origin) ?? []), nextCursor };
}

export const listContradictions = cachedPublicRead('listContradictions', readContradictions);
