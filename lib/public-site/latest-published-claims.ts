import { readRows } from '@/lib/db';
import { rowLimit } from '@/lib/database/row-limit';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import type { Dated } from '@/lib/public-api/read-public-claims';

// A topic's, an entity's or a source's page lists its latest published claims: a topic can gather thousands over
// the years, a busy entity or a much-cited source too. The page shows the latest, search finds the rest.

/** A line of a list of claims: the claim and what the list shows of its published version. */
export type ClaimLine = { id: string; status: ReviewStatus; publishedVersion: { statement: string; claimedAt: Date; credibility: number } };
/** A line of a topic's timeline, which also groups its claims by the entities they name. */
export type NamedClaimLine = ClaimLine & { publishedVersion: { subject: EntityName | null; object: EntityName | null } };
type EntityName = { slug: string; name: string };
export type LatestClaims<Line extends ClaimLine> = { claims: Line[]; hasEarlierClaims: boolean };

/** How many claims a topic's, an entity's or a source's page lists: the most recently claimed. */
export const claimListLength = 50;

/** Where each kind of page finds its published claims, kept by the database with the search document. */
const publishedClaimIndex = {
  topic: { table: 'PublishedClaimTopic', column: 'topicId' },
  entity: { table: 'PublishedClaimEntity', column: 'entityId' },
  source: { table: 'PublishedClaimSource', column: 'sourceId' },
} as const;

/** The entity with this id, as its slug and name; null for none. */
const entityName = (id: Prisma.Sql) => Prisma.sql`(SELECT json_build_object('slug', n.slug, 'name', n.name) FROM "public"."Entity" n WHERE n.id = ${id})`;

/** The latest `length` published claims of the topic, entity or source whose id is `id` (an SQL expression), oldest
 *  of them first, and whether there are earlier ones, as one JSON value (LatestClaims, dated), for a page to read
 *  with its record in one statement. Read after the record by two statements of their own (the index's entries,
 *  then their lines), an entity's page cost Node 1.3-1.7 ms of CPU and Postgres 1.1-1.4 ms; in one, 0.7-0.8 and
 *  0.9-1.0 ms (300 entities read one after another, uncached, 100,000-claim record). Under load, sending the
 *  statements took 1.1 ms of the server's CPU a first visit for three, 0.6 ms for one (CPU profiles).
 *
 *  The claims are the first entries of the topic's, entity's or source's own index of its published claims
 *  (PublishedClaimTopic, PublishedClaimEntity, PublishedClaimSource), newest first. Found by their markers in the
 *  search document, they took a read of every matching document and a sort: 45 ms for a topic's first visit, 4.4 ms
 *  on average for an entity's (100,000 claims). One entry more than the list tells whether there are more; counting
 *  them all cost as much as a sort. A topic's lines also name the entities each claim names, for its timeline;
 *  reading them for entities' and sources' pages, which do not show them, cost Postgres two lookups a line. */
export function latestPublishedClaimsJson(kind: keyof typeof publishedClaimIndex, id: Prisma.Sql, length = claimListLength) {
  const names =
    kind === 'topic' ? Prisma.sql`, 'subject', ${entityName(Prisma.sql`v."subjectId"`)}, 'object', ${entityName(Prisma.sql`v."objectId"`)}` : Prisma.empty;
  return Prisma.sql`(
    WITH latest AS (${latestEntries(kind, id, length + 1)})
    SELECT json_build_object(
      'claims', coalesce((
        SELECT json_agg(json_build_object(
          'id', c.id, 'status', c.status,
          'publishedVersion', json_build_object('statement', v.statement, 'claimedAt', v."claimedAt", 'credibility', v.credibility${names})
        ) ORDER BY v."claimedAt", v.id)
        FROM (SELECT "versionId" FROM latest ORDER BY "claimedAt" DESC, "claimId" DESC LIMIT ${rowLimit(length)}) l
        JOIN "public"."ClaimVersion" v ON v.id = l."versionId" JOIN "public"."Claim" c ON c."publishedVersionId" = v.id), '[]'),
      'hasEarlierClaims', (SELECT count(*) FROM latest) > ${rowLimit(length)}))`;
}

/** The ids of the claims latestPublishedClaimsJson lists, as an SQL array (null when there are none), for a
 *  statement that reads the list and something about its claims together: a topic's contradictions among them.
 *  They are the same claims because they are the same entries: the index's first `length` (the list's own length,
 *  claimListLength unless both are told otherwise), in the same order, which no two entries tie in (one entry per
 *  claim). Taking the list's JSON apart instead cost Postgres 0.32 ms, against 0.05-0.09 ms a read of the entries
 *  (a topic, 100,000 claims). */
export function latestPublishedClaimIds(kind: keyof typeof publishedClaimIndex, id: Prisma.Sql, length = claimListLength) {
  return Prisma.sql`(SELECT array_agg(latest."claimId") FROM (${latestEntries(kind, id, length)}) latest)`;
}

/** The first `length` entries of the index of published claims, newest first. */
function latestEntries(kind: keyof typeof publishedClaimIndex, id: Prisma.Sql, length: number) {
  const { table, column } = publishedClaimIndex[kind];
  return Prisma.sql`
      SELECT "versionId", "claimedAt", "claimId" FROM ${Prisma.raw(`"public"."${table}"`)}
      WHERE ${Prisma.raw(`"${column}"`)} = ${id}
      ORDER BY "claimedAt" DESC, "claimId" DESC
      LIMIT ${rowLimit(length)}`;
}

/** The latest claims as latestPublishedClaimsJson reads them, with their Dates: a line's only Date is `claimedAt`. */
export function withDates<Line extends ClaimLine>({ claims, hasEarlierClaims }: Dated<LatestClaims<Line>>): LatestClaims<Line> {
  const lines = claims.map((line) => ({ ...line, publishedVersion: { ...line.publishedVersion, claimedAt: new Date(line.publishedVersion.claimedAt) } }));
  return { claims: lines as Line[], hasEarlierClaims };
}

/** A page's list of claims on its own, `length` long: the pages read theirs with their record (reference-pages.ts),
 *  and a list this short shows where it is cut without 51 claims to make. */
export async function latestPublishedClaims(of: { topic: string }, length?: number): Promise<LatestClaims<NamedClaimLine>>;
export async function latestPublishedClaims(of: { entity: string } | { source: string }, length?: number): Promise<LatestClaims<ClaimLine>>;
export async function latestPublishedClaims(of: { topic: string } | { entity: string } | { source: string }, length = claimListLength) {
  const [kind, id] = Object.entries(of)[0] as [keyof typeof publishedClaimIndex, string];
  const [{ latest }] = await readRows<{ latest: Dated<LatestClaims<ClaimLine | NamedClaimLine>> }>(
    Prisma.sql`SELECT ${latestPublishedClaimsJson(kind, Prisma.sql`${id}::uuid`, length)} AS latest`,
  );
  return withDates<ClaimLine | NamedClaimLine>(latest);
}
