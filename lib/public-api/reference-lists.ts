import { isUuid } from '@/lib/claims/get-published-claim';
import { Prisma } from '@/lib/generated/prisma/client';

// Sources, entities and topics have no review of their own: the public sees those a published claim version
// uses, so a name an editor typed into a draft stays on the desk.

/** The entity a reader's filter names, by its slug or its id in either case. */
export function entitySlugOrId(value: string): Prisma.EntityWhereInput {
  return isUuid(value) ? { OR: [{ slug: value }, { id: value.toLowerCase() }] } : { slug: value };
}

/** An entity a published claim version is about or by, as claimant, subject or object: an entry in the entity's
 *  own index (PublishedClaimEntity). */
export const entityInPublishedUse = { publishedClaims: { some: {} } } satisfies Prisma.EntityWhereInput;

/** entityInPublishedUse in SQL, of the entity `e`. A value rather than EXISTS, so that a walk of the entities looks
 *  up each one. (Asked as EXISTS through Prisma, when published use was read from the claim versions, Postgres
 *  gathered every published version's entities first to list them: 90-180 ms a page at 100,000 claims, against
 *  1-6 ms. Not measured again against the index.) */
export const entityInPublishedUseSql = Prisma.sql`(SELECT true FROM "public"."PublishedClaimEntity" p WHERE p."entityId" = e.id LIMIT 1)`;

/** A source a published claim version cites: an entry in the source's own index (PublishedClaimSource). Asked
 *  through the citations, their versions and claims, the API's pages of sources and /sources took 3-54 ms, against
 *  2-24 ms through the index, with the same sources (100,000 claims, first and later pages, cold and warm). */
export const sourceInPublishedUse = { publishedClaims: { some: {} } } satisfies Prisma.SourceWhereInput;

/** sourceInPublishedUse in SQL, of the source `s`. */
export const sourceInPublishedUseSql = Prisma.sql`(SELECT true FROM "public"."PublishedClaimSource" p WHERE p."sourceId" = s.id LIMIT 1)`;

/** A topic a published claim version is filed under: one entry in the topic's own index (PublishedClaimTopic), where
 *  going through ClaimVersionTopic and Claim read hundreds of rows a topic (394 ms for the list at 1,000,000 claims). */
export const topicInPublishedUse = { publishedClaims: { some: {} } } satisfies Prisma.TopicWhereInput;

/** topicInPublishedUse in SQL, of the topic `t`. */
export const topicInPublishedUseSql = Prisma.sql`(SELECT true FROM "public"."PublishedClaimTopic" p WHERE p."topicId" = t.id LIMIT 1)`;

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

/** publicSourceSelect's columns in SQL, of the source `s`. */
export const publicSourceColumnsSql = Prisma.join(Object.keys(publicSourceSelect).map((column) => Prisma.raw(`s."${column}"`)));

/** A source as publicSourceSelect reads it. */
export type PublicSource = Prisma.SourceGetPayload<{ select: typeof publicSourceSelect }>;
