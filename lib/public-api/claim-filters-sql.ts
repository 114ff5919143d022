import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFilters } from './public-query-schema';

/** The public filters (an entity in any role, a topic, dates, a source's grade, a kind of published link) as
 *  conditions on a row `s` of PublishedClaimSearch, which holds every published claim with its published version:
 *  the one definition the claim list and search share. */
export function publishedClaimFilters(filters: ClaimFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.entity)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimVersion" v JOIN "Entity" e ON e.id IN (v."claimantId", v."subjectId", v."objectId")
      WHERE v.id = s."versionId" AND (e.slug = ${filters.entity} OR e.id::text = lower(${filters.entity})))`);
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
