import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { entityMarkers } from '@/lib/search/document-markers';
import type { ClaimFilters } from './public-query-schema';
import { entitySlugOrId } from './reference-lists';

/** The id of the entity a filter names, or null when there is none. */
export const entityIdNamed = cachedPublicRead('entityIdNamed', async (slugOrId: string) => {
  const entity = await db.entity.findFirst({ where: entitySlugOrId(slugOrId), select: { id: true } });
  return entity?.id ?? null;
});

/** The public filters (an entity in any role, a topic, dates, a source's grade, a kind of published link) as
 *  conditions on a row `s` of PublishedClaimSearch, which holds every published claim with its published version:
 *  the one definition the claim list and search share. `manyMatches` when the caller reads far more matches than
 *  a page (search keeps up to 1,001). */
export async function publishedClaimFilters(filters: ClaimFilters, { manyMatches = false } = {}): Promise<Prisma.Sql[]> {
  const conditions: Prisma.Sql[] = [];
  // An entity is found by its marker in the search document, which holds the published version's three roles. The
  // statement carries the entity's own marker, so Postgres plans for how many claims name it: it walks the list
  // for a busy entity and reads the GIN index for a rare one. Looked up in the statement, through the version and
  // the entity of each claim, it could not tell one from the other: at 100,000 claims a first page took up to
  // 104 ms, and 561 ms for a rare entity once Postgres kept one plan for every value.
  if (filters.entity) {
    const entityId = await entityIdNamed(filters.entity);
    conditions.push(entityId ? Prisma.sql`s."document" @@ ${entityMarkers([entityId])}` : Prisma.sql`FALSE`);
  }
  // A topic's published claims are its entries in PublishedClaimTopic, in id order: the list pages through them
  // by a merge with the search rows, where a test per row walked every published claim before a rare topic's last.
  if (filters.topic)
    conditions.push(Prisma.sql`s."claimId" IN (SELECT pt."claimId" FROM "PublishedClaimTopic" pt JOIN "Topic" t ON t.id = pt."topicId" WHERE t.slug = ${filters.topic})`);
  if (filters.from) conditions.push(Prisma.sql`s."claimedAt" >= ${filters.from}`);
  if (filters.to) conditions.push(Prisma.sql`s."claimedAt" <= ${filters.to}`);
  if (filters.grade)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Citation" c JOIN "Source" src ON src.id = c."sourceId"
      WHERE c."claimVersionId" = s."versionId" AND src.grade = ${filters.grade}::"Grade")`);
  if (filters.kind) conditions.push(manyMatches ? gatheredLinkKind(filters.kind) : linkKindPerClaim(filters.kind));
  return conditions;
}

type LinkKind = NonNullable<ClaimFilters['kind']>;

/** A claim on either side of a published link of the kind whose other claim is published too, tested claim by
 *  claim: a list page finds its few in 2-6 ms at 100,000 claims. */
const linkKindPerClaim = (kind: LinkKind) => Prisma.sql`EXISTS (SELECT 1 FROM "ClaimLink" l
  JOIN "Claim" a ON a.id = l."claimAId" JOIN "Claim" b ON b.id = l."claimBId"
  WHERE (l."claimAId" = s."claimId" OR l."claimBId" = s."claimId") AND l.kind = ${kind}::"LinkKind"
    AND l."publishedVersionId" IS NOT NULL AND a."publishedVersionId" IS NOT NULL AND b."publishedVersionId" IS NOT NULL)`;

/** The same claims, gathered once. Tested claim by claim, a search filtered by a rare kind walked every published
 *  claim for its 1,001 newest matches: 2.5 s for SUPERSEDES at 100,000 claims (1,324 links), and 144-234 ms for
 *  the other kinds, where gathered they take 86-111 ms. A list page takes 19-52 ms this way. */
function gatheredLinkKind(kind: LinkKind) {
  const side = (own: string, other: string) => Prisma.sql`s."claimId" IN (
    SELECT l.${Prisma.raw(`"${own}"`)} FROM "ClaimLink" l
    WHERE l.kind = ${kind}::"LinkKind" AND l."publishedVersionId" IS NOT NULL
      AND EXISTS (SELECT 1 FROM "PublishedClaimSearch" o WHERE o."claimId" = l.${Prisma.raw(`"${other}"`)}))`;
  return Prisma.sql`(${side('claimAId', 'claimBId')} OR ${side('claimBId', 'claimAId')})`;
}
