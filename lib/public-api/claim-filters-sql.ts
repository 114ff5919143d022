import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { documentMarkers } from '@/lib/search/document-markers';
import type { ClaimFilters } from './public-query-schema';
import { entitySlugOrId } from './reference-lists';

/** The id of the entity a filter names, or null when there is none. */
export const entityIdNamed = cachedPublicRead('entityIdNamed', async (slugOrId: string) => {
  const entity = await db.entity.findFirst({ where: entitySlugOrId(slugOrId), select: { id: true } });
  return entity?.id ?? null;
});

/** The public filters (an entity in any role, a topic, dates, a source's grade, a kind of published link) as
 *  conditions on a row `s` of PublishedClaimSearch, which holds every published claim with its published version:
 *  the one definition the claim list and search share. */
export async function publishedClaimFilters(filters: ClaimFilters): Promise<Prisma.Sql[]> {
  const conditions: Prisma.Sql[] = [];
  // An entity is found by its marker in the search document, which holds the published version's three roles. The
  // statement carries the entity's own marker, so Postgres plans for how many claims name it: it walks the list
  // for a busy entity and reads the GIN index for a rare one. Looked up in the statement, through the version and
  // the entity for each claim, a rare entity's first page walked all 70,000 published claims (377 ms).
  if (filters.entity) {
    const entityId = await entityIdNamed(filters.entity);
    conditions.push(entityId ? Prisma.sql`s."document" @@ ${documentMarkers('entity', [entityId])}` : Prisma.sql`FALSE`);
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
  if (filters.kind)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimLink" l
      JOIN "Claim" a ON a.id = l."claimAId" JOIN "Claim" b ON b.id = l."claimBId"
      WHERE (l."claimAId" = s."claimId" OR l."claimBId" = s."claimId") AND l.kind = ${filters.kind}::"LinkKind"
        AND l."publishedVersionId" IS NOT NULL AND a."publishedVersionId" IS NOT NULL AND b."publishedVersionId" IS NOT NULL)`);
  return conditions;
}
