import { isUuid } from '@/lib/claims/get-published-claim';
import { Prisma } from '@/lib/generated/prisma/client';

// Sources, entities and topics have no review of their own: the public sees those a published claim version
// uses, so a name an editor typed into a draft stays on the desk.

export const publishedVersionUse = { publishedOf: { isNot: null } } satisfies Prisma.ClaimVersionWhereInput;

/** The entity a reader's filter names, by its slug or its id in either case. */
export function entitySlugOrId(value: string): Prisma.EntityWhereInput {
  return isUuid(value) ? { OR: [{ slug: value }, { id: value.toLowerCase() }] } : { slug: value };
}

/** An entity a published claim version is about or by, in any of the three roles. */
export const entityInPublishedUse = {
  OR: [
    { claimantOfClaims: { some: publishedVersionUse } },
    { subjectOfClaims: { some: publishedVersionUse } },
    { objectOfClaims: { some: publishedVersionUse } },
  ],
} satisfies Prisma.EntityWhereInput;

/** Whether a published claim version has the entity `e` in this role: the first such version found ends the look. */
const usedAs = (role: 'claimantId' | 'subjectId' | 'objectId') => Prisma.sql`(SELECT true FROM "public"."ClaimVersion" v
  JOIN "public"."Claim" c ON c."publishedVersionId" = v.id WHERE v.${Prisma.raw(`"${role}"`)} = e.id LIMIT 1)`;

/** entityInPublishedUse in SQL, of the entity `e`. A value rather than EXISTS: asked as EXISTS, through Prisma,
 *  Postgres gathered every published version's entities first to list them (90-180 ms a page at 100,000 claims,
 *  against 1-6 ms). */
export const entityInPublishedUseSql = Prisma.sql`coalesce(${usedAs('claimantId')}, ${usedAs('subjectId')}, ${usedAs('objectId')})`;

/** A source a published claim version cites, in SQL, of the source `s`. */
export const sourceInPublishedUseSql = Prisma.sql`EXISTS (SELECT 1 FROM "public"."Citation" ci
  JOIN "public"."Claim" c ON c."publishedVersionId" = ci."claimVersionId" WHERE ci."sourceId" = s.id)`;

/** A topic a published claim version is filed under: one entry in the topic's own index (PublishedClaimTopic), where
 *  going through ClaimVersionTopic and Claim read hundreds of rows a topic (394 ms for the list at 1,000,000 claims). */
export const topicInPublishedUse = { publishedClaims: { some: {} } } satisfies Prisma.TopicWhereInput;

/** What a reader sees of a source, on its page and in the API. */
export const publicSourceSelect = {
  id: true,
  title: true,
  url: true,
  archiveUrl: true,
  publisher: true,
  author: true,
  publishedAt: true,
  kind: true,
  language: true,
  grade: true,
  gradeNote: true,
  derivedFromId: true,
  correctionKind: true,
  correctedAt: true,
  correctionNote: true,
} satisfies Prisma.SourceSelect;
