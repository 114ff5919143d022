import { maxTopicsPerClaim } from '@/lib/claims/claim-schema';
import { isUuid } from '@/lib/claims/get-published-claim';
import { db, readRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Grade, ReviewStatus } from '@/lib/generated/prisma/enums';
import type { Dated } from '@/lib/public-api/read-public-claims';
import { entityInPublishedUse, entityInPublishedUseSql, entitySlugOrId, publicSourceColumnsSql, sourceInPublishedUse, sourceInPublishedUseSql, topicInPublishedUse, type PublicSource } from '@/lib/public-api/reference-lists';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { slugPattern } from '@/lib/validation/fields';
import { latestPublishedClaimIds, latestPublishedClaimsJson, withDates, type ClaimLine, type LatestClaims, type NamedClaimLine } from '@/lib/public-site/latest-published-claims';
import { readListPosition, splitListPage } from '@/lib/public-site/list-position';

// What the public pages show of sources, topics and entities: only those a published claim version uses, and
// only published claims under them.

/** How many sources a page of /sources lists: a hundred made it 73 kB, past the size from which a page costs the
 *  server about twice as much (pages/index.tsx). */
export const sourcesPageLength = 50;

/** One page of the sources published claims cite, by publisher and title, after the position `after` (a source's
 *  publisher, title and id: list-position.ts); null when `after` is not a position. */
async function readSourcesForReaders(after: string | null) {
  const position = after === null ? null : readListPosition(after, 3);
  if (after !== null && !(position && isUuid(position[2]))) return null;
  const sources = await db.source.findMany({
    where: { AND: [sourceInPublishedUse, ...(position ? [sourceAfter(position)] : [])] },
    orderBy: [{ publisher: 'asc' }, { title: 'asc' }, { id: 'asc' }],
    take: sourcesPageLength + 1,
    select: { id: true, title: true, publisher: true, publishedAt: true, grade: true, derivedFrom: { select: { title: true } } },
  });
  const { page, nextAfter } = splitListPage(sources, sourcesPageLength, (source) => [source.publisher, source.title, source.id]);
  return { sources: page, nextAfter };
}

/** The sources after this publisher, title and id, in the list's order. */
function sourceAfter([publisher, title, id]: string[]): Prisma.SourceWhereInput {
  return { OR: [{ publisher: { gt: publisher } }, { publisher, title: { gt: title } }, { publisher, title, id: { gt: id.toLowerCase() } }] };
}

export const listSourcesForReaders = cachedPublicRead('listSourcesForReaders', readSourcesForReaders);

type SourceForReaders = PublicSource & { chain: ChainStep[]; latest: Dated<LatestClaims<ClaimLine>> };
/** A source on another's reporting chain. */
type ChainStep = { id: string; title: string; publisher: string; grade: Grade };

/** A source's page: the source, its `derivedFrom` path back to its origin (a repost, the outlet it reposted, the one
 *  that outlet cited; no more than 20 steps, none twice), and its latest published claims. One prepared statement:
 *  read through Prisma's findFirst and a findUnique a step, a page's read cost Node 6.7-9.7 ms of CPU; by
 *  hand-written SQL, then in three statements, 1.9-2.4 ms (100 sources read one after another, 100,000-claim
 *  record). */
async function readSourceForReaders(id: string) {
  if (!isUuid(id)) return null;
  const [source] = await readRows<SourceForReaders>(Prisma.sql`
    WITH RECURSIVE chain AS (
      SELECT o.id, o.title, o.publisher, o.grade, o."derivedFromId", 1 AS step, ARRAY[o.id] AS seen
      FROM "public"."Source" s JOIN "public"."Source" o ON o.id = s."derivedFromId" WHERE s.id = ${id.toLowerCase()}::uuid
      UNION ALL
      SELECT o.id, o.title, o.publisher, o.grade, o."derivedFromId", chain.step + 1, chain.seen || o.id
      FROM chain JOIN "public"."Source" o ON o.id = chain."derivedFromId"
      WHERE chain.step < 20 AND o.id <> ALL(chain.seen)
    )
    SELECT ${publicSourceColumnsSql},
      coalesce((SELECT json_agg(json_build_object('id', id, 'title', title, 'publisher', publisher, 'grade', grade) ORDER BY step) FROM chain), '[]') AS chain,
      ${latestPublishedClaimsJson('source', Prisma.sql`s.id`)} AS latest
    FROM "public"."Source" s
    WHERE s.id = ${id.toLowerCase()}::uuid AND ${sourceInPublishedUseSql}`);
  if (!source) return null;
  const { latest, ...rest } = source;
  return { ...rest, ...withDates<ClaimLine>(latest) };
}

export const getSourceForReaders = cachedPublicRead('getSourceForReaders', readSourceForReaders);

/** A topic's page: the topic, its latest published claims, and the published contradictions among them, in one
 *  statement. Read through Prisma's selects, a first visit cost Node 7.4-8.7 ms of CPU; by hand-written SQL, then
 *  in four statements, 2.7-2.8 ms (100 topics read one after another, 100,000-claim record). Measured later
 *  another way (200 topics read three times one after another, on another 100,000-claim record): with the
 *  contradictions a second statement, sent with the claims' ids once the first had answered, 1.4-1.8 ms; in one,
 *  0.8-1.0 ms. */
async function readTopicForReaders(slug: string) {
  // An address that cannot be a slug (a NUL, say, which Postgres refuses) is simply not found.
  if (!slugPattern.test(slug)) return null;
  type Contradiction = { id: string; claimAId: string; claimBId: string; status: ReviewStatus };
  // Filed under by a published claim version: an entry in the topic's own index (topicInPublishedUse).
  const [found] = await readRows<{ id: string; slug: string; title: string; summary: string; latest: Dated<LatestClaims<NamedClaimLine>>; contradictions: Contradiction[] }>(Prisma.sql`
    SELECT t.id, t.slug, t.title, t.summary, ${latestPublishedClaimsJson('topic', Prisma.sql`t.id`)} AS latest, coalesce((
      SELECT json_agg(json_build_object('id', l.id, 'claimAId', l."claimAId", 'claimBId', l."claimBId", 'status', l.status) ORDER BY l.id)
      FROM "public"."ClaimLink" l
      WHERE l.kind = 'CONTRADICTS' AND l."publishedVersionId" IS NOT NULL AND l."claimAId" = ANY(shown.ids) AND l."claimBId" = ANY(shown.ids)), '[]') AS contradictions
    FROM "public"."Topic" t CROSS JOIN LATERAL (SELECT ${latestPublishedClaimIds('topic', Prisma.sql`t.id`)} AS ids) shown
    WHERE t.slug = ${slug} AND EXISTS (SELECT 1 FROM "public"."PublishedClaimTopic" pt WHERE pt."topicId" = t.id)`);
  if (!found) return null;
  const { latest, ...topic } = found;
  return { ...topic, ...withDates<NamedClaimLine>(latest) };
}

export const getTopicForReaders = cachedPublicRead('getTopicForReaders', readTopicForReaders);

type AliasWithDates = { alias: string; validFrom: Date | null; validTo: Date | null };

/** An entity's page: the entity, its names with their dates, and its latest published claims. One prepared
 *  statement: read through Prisma's findFirst, planned again on every call (1.7 ms of Postgres), a page's read cost
 *  Node 7.5-10.5 ms of CPU; by hand-written SQL, then in three statements, 1.9-2.8 ms (100 entities read one after
 *  another, 100,000-claim record). */
async function readEntityForReaders(slug: string) {
  if (!slugPattern.test(slug)) return null;
  const [found] = await readRows<{
    id: string; slug: string; name: string; description: string; aliases: Dated<AliasWithDates>[]; latest: Dated<LatestClaims<ClaimLine>>;
  }>(Prisma.sql`
    SELECT e.id, e.slug, e.name, e.description, coalesce((
      SELECT json_agg(json_build_object('alias', a.alias, 'validFrom', a."validFrom", 'validTo', a."validTo") ORDER BY a.alias)
      FROM "public"."EntityAlias" a WHERE a."entityId" = e.id), '[]') AS aliases,
      ${latestPublishedClaimsJson('entity', Prisma.sql`e.id`)} AS latest
    FROM "public"."Entity" e
    WHERE e.slug = ${slug} AND ${entityInPublishedUseSql}`);
  if (!found) return null;
  const { latest, ...entity } = found;
  const aliases = entity.aliases.map((alias) => ({ alias: alias.alias, validFrom: dayOrNull(alias.validFrom), validTo: dayOrNull(alias.validTo) }));
  return { ...entity, aliases, ...withDates<ClaimLine>(latest) };
}

/** A date column as JSON gives it ('2014-07-14'), as the Date the column reads as. */
const dayOrNull = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00Z`));

export const getEntityForReaders = cachedPublicRead('getEntityForReaders', readEntityForReaders);

/** How many topics a page of /topics lists: with their summaries, a hundred made it 72 kB (see sourcesPageLength). */
export const topicsPageLength = 50;

/** One page of the topics in published use, by title, after the position `after` (a topic's title and slug:
 *  list-position.ts); null when `after` is not a position. */
async function readTopicsForReaders(after: string | null) {
  const position = after === null ? null : readListPosition(after, 2);
  if (after !== null && !position) return null;
  const topics = await db.topic.findMany({
    where: { AND: [topicInPublishedUse, ...(position ? [topicAfter(position)] : [])] },
    orderBy: [{ title: 'asc' }, { slug: 'asc' }],
    take: topicsPageLength + 1,
    select: { slug: true, title: true, summary: true },
  });
  const { page, nextAfter } = splitListPage(topics, topicsPageLength, (topic) => [topic.title, topic.slug]);
  return { topics: page, nextAfter };
}

/** The topics after this title and slug, in the list's order. */
function topicAfter([title, slug]: string[]): Prisma.TopicWhereInput {
  return { OR: [{ title: { gt: title } }, { title, slug: { gt: slug } }] };
}

export const listTopicsForReaders = cachedPublicRead('listTopicsForReaders', readTopicsForReaders);

/** How many entities the search page's filter offers: a list of every entity (2,000 at the benchmark's scale) made
 *  the page 130 kB, and a name in the search box already finds its entity in any spelling. */
export const entityFilterLength = 50;
/** The filter offers the entities the newest claims name most: counting over every published claim read all of
 *  ClaimVersion (300 ms at 100,000 claims); the newest 2,000 are read from the claimedAt index. */
export const recentClaimsCounted = 2_000;

/** The entities the newest published claims are most often about or by, by name, for the search page's filter. */
function readEntitiesForReaders() {
  return readRows<{ slug: string; name: string }>(Prisma.sql`
    SELECT e.slug, e.name FROM "Entity" e
    JOIN (
      SELECT entity, count(*) AS claims
      FROM (SELECT "versionId" FROM "PublishedClaimSearch" ORDER BY "claimedAt" DESC, "claimId" DESC LIMIT ${recentClaimsCounted}) recent
      -- One index probe per claim (LIMIT 1 keeps the planner from turning it into a hash join over all versions).
      CROSS JOIN LATERAL (SELECT v."claimantId", v."subjectId", v."objectId" FROM "ClaimVersion" v WHERE v.id = recent."versionId" LIMIT 1) v,
        unnest(ARRAY[v."claimantId", v."subjectId", v."objectId"]) AS entity
      WHERE entity IS NOT NULL
      GROUP BY entity ORDER BY claims DESC, entity LIMIT ${entityFilterLength}
    ) cited ON cited.entity = e.id
    ORDER BY e.name`);
}

export const listEntitiesForReaders = cachedPublicRead('listEntitiesForReaders', readEntitiesForReaders);

/** How many topics the search page's filter offers (the home page offers fewer): every topic, while there are no
 *  more than this (200 at the benchmark's 100,000 claims); at 2,000 topics a list of all of them was 90 kB of every
 *  search page, and too long to choose from. A topic's own page links to a search of it. */
export const topicFilterLength = 200;

/** The topics in published use, those the newest published claims are most often filed under first, by title, for
 *  the search page's filter and the home page; `cut` when there are more. */
async function readTopicFilterForReaders(length = topicFilterLength) {
  const rows = await readRows<{ slug: string; title: string; rank: bigint }>(Prisma.sql`
    SELECT slug, title, rank FROM (
      SELECT t.slug, t.title, row_number() OVER (ORDER BY (lately.claims ->> t.id::text)::bigint DESC NULLS LAST, t.title, t.slug) AS rank
      FROM "Topic" t
      -- The counts as one object looked up by each topic's id. Joined as rows, they were estimated at 2, and the
      -- planner compared every topic with every count: with 2,000 topics, as the benchmark's 1,000,000 claims have,
      -- 1.7 M comparisons and 169 ms, against 17 ms so; with 200 topics, 8.5 ms against 7.1 ms (100,000 claims).
      CROSS JOIN (SELECT jsonb_object_agg(counted."topicId", counted.claims) AS claims FROM (
        SELECT filed."topicId", count(*) AS claims
        FROM (SELECT "claimId" FROM "PublishedClaimSearch" ORDER BY "claimedAt" DESC, "claimId" DESC LIMIT ${recentClaimsCounted}) recent
        -- Index probes per claim; without the LIMIT (no more than a claim may have) the planner hashed the whole
        -- table, 250,000 rows at the benchmark's scale, to count 2,000 claims' topics.
        CROSS JOIN LATERAL (
          SELECT pt."topicId" FROM "PublishedClaimTopic" pt WHERE pt."claimId" = recent."claimId" LIMIT ${maxTopicsPerClaim}
        ) filed
        GROUP BY filed."topicId"
      ) counted) lately
      -- In published use (topicInPublishedUse).
      WHERE EXISTS (SELECT 1 FROM "PublishedClaimTopic" pt WHERE pt."topicId" = t.id)
      ORDER BY rank
      LIMIT ${length + 1}
    ) offered
    ORDER BY title, slug`);
  // The one row past the length only says there are more.
  return { topics: rows.filter((row) => row.rank <= length).map(({ slug, title }) => ({ slug, title })), cut: rows.length > length };
}

export const listTopicFilterForReaders = cachedPublicRead('listTopicFilterForReaders', readTopicFilterForReaders);

/** The topic a search filter names, when it is in published use: shown in the filter even when not among those
 *  offered. */
async function readTopicNamed(slug: string) {
  if (!slugPattern.test(slug)) return null;
  return db.topic.findFirst({ where: { slug, ...topicInPublishedUse }, select: { slug: true, title: true } });
}

export const topicNamed = cachedPublicRead('topicNamed', readTopicNamed);

/** The entity a search filter names (by slug or id) when it is in published use: shown in the filter even when it
 *  is not among those offered. */
async function readEntityNamed(slugOrId: string) {
  return db.entity.findFirst({
    where: { AND: [entityInPublishedUse, entitySlugOrId(slugOrId)] },
    select: { slug: true, name: true },
  });
}

export const entityNamed = cachedPublicRead('entityNamed', readEntityNamed);
