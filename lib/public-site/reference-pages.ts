import { cache } from 'react';
import { isUuid } from '@/lib/claims/get-published-claim';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { entityInPublishedUse, publicSourceSelect, publishedVersionUse } from '@/lib/public-api/reference-lists';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { slugPattern } from '@/lib/validation/fields';

// What the public pages show of sources, topics and entities: only those a published claim version uses, and
// only published claims under them.

/** What a list of claims shows of each one's published version. */
const claimLineVersion = {
  statement: true,
  claimedAt: true,
  credibility: true,
  subject: { select: { slug: true, name: true } },
  object: { select: { slug: true, name: true } },
} satisfies Prisma.ClaimVersionSelect;

/** How many sources a page of /sources lists. */
export const sourcesPageLength = 100;

/** One page of the sources published claims cite, by publisher and title, and whether another follows. The
 *  record cites thousands: all on one page made 7 MB of HTML, and a few readers at once ran the server out of
 *  memory. One row more than the page tells whether there are more. */
async function readSourcesForReaders(page: number) {
  const rows = await db.source.findMany({
    where: { citations: { some: { claimVersion: publishedVersionUse } } },
    orderBy: [{ publisher: 'asc' }, { title: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * sourcesPageLength,
    take: sourcesPageLength + 1,
    select: { id: true, title: true, publisher: true, publishedAt: true, grade: true, derivedFrom: { select: { title: true } } },
  });
  return { sources: rows.slice(0, sourcesPageLength), hasNextPage: rows.length > sourcesPageLength };
}

export const listSourcesForReaders = cachedPublicRead('listSourcesForReaders', readSourcesForReaders);

async function readSourceForReaders(id: string) {
  if (!isUuid(id)) return null;
  const source = await db.source.findFirst({
    where: { id: id.toLowerCase(), citations: { some: { claimVersion: publishedVersionUse } } },
    select: publicSourceSelect,
  });
  if (!source) return null;
  // A much-cited source has thousands of claims: the page lists the latest, search finds the rest.
  const [chain, { claims, hasEarlierClaims }] = await Promise.all([
    reportingChain(source.derivedFromId),
    latestPublishedClaims({ citations: { some: { sourceId: source.id } } }),
  ]);
  return { ...source, chain, claims, hasEarlierClaims };
}

export const getSourceForReaders = cache(cachedPublicRead('getSourceForReaders', readSourceForReaders));

/** A source's `derivedFrom` path back to its origin: a repost, the outlet it reposted, the one that outlet cited. */
async function readReportingChain(derivedFromId: string | null) {
  const chain: { id: string; title: string; publisher: string; grade: string }[] = [];
  for (let next = derivedFromId; next && chain.length < 20 && !chain.some((source) => source.id === next); ) {
    const source = await db.source.findUnique({ where: { id: next }, select: { id: true, title: true, publisher: true, grade: true, derivedFromId: true } });
    if (!source) break;
    chain.push(source);
    next = source.derivedFromId;
  }
  return chain;
}

export const reportingChain = cachedPublicRead('reportingChain', readReportingChain);

async function readTopicForReaders(slug: string) {
  // An address that cannot be a slug (a NUL, say, which Postgres refuses) is simply not found.
  if (!slugPattern.test(slug)) return null;
  const topic = await db.topic.findFirst({
    where: { slug, claimVersions: { some: { claimVersion: publishedVersionUse } } },
    select: { id: true, slug: true, title: true, summary: true },
  });
  if (!topic) return null;
  // A topic can gather thousands of claims over the years: the page shows the latest, search finds the rest.
  const { claims, hasEarlierClaims } = await latestPublishedClaims({ topics: { some: { topicId: topic.id } } });
  const ids = claims.map((claim) => claim.id);
  const contradictions = await db.claimLink.findMany({
    where: { kind: 'CONTRADICTS', publishedVersionId: { not: null }, claimAId: { in: ids }, claimBId: { in: ids } },
    select: { id: true, claimAId: true, claimBId: true, status: true },
  });
  return { ...topic, claims, hasEarlierClaims, contradictions };
}

/** How many claims a topic's, an entity's or a source's page lists: the most recently claimed. */
export const claimListLength = 100;

/** The latest `length` published claims whose published version matches `where`, oldest of them first, and
 *  whether there are earlier ones.
 *
 *  Two queries. The first finds the versions alone, asked from their side: for a topic, entity or source with many
 *  claims Postgres walks the claimedAt index and stops at the list's length, for one with few it gathers them from
 *  their own index and sorts them (120 ms for 11,000 claims when asked from the claims' side, which sorted every
 *  claim first). The second reads the lines of those versions. In one query, the entities and claims joined per row
 *  made Postgres favour the claimedAt walk even for a small topic, whose claims that walk finds last (3-5 ms became
 *  35-75 ms at 100,000 claims). One row more than the list tells whether there are more; counting them all cost as much as a sort. */
export async function latestPublishedClaims(where: Prisma.ClaimVersionWhereInput, length = claimListLength) {
  const latest = await db.claimVersion.findMany({
    where: { AND: [publishedVersionUse, where] },
    orderBy: [{ claimedAt: 'desc' }, { id: 'desc' }],
    take: length + 1,
    select: { id: true },
  });
  const versions = await db.claimVersion.findMany({
    // Published again: a version replaced by a newer approval since the first query is no longer the public one.
    where: { AND: [publishedVersionUse, { id: { in: latest.slice(0, length).map((version) => version.id) } }] },
    orderBy: [{ claimedAt: 'asc' }, { id: 'asc' }],
    select: { ...claimLineVersion, publishedOf: { select: { id: true, status: true } } },
  });
  const claims = versions.flatMap(({ publishedOf, ...version }) => (publishedOf ? [{ ...publishedOf, publishedVersion: version }] : []));
  return { claims, hasEarlierClaims: latest.length > length };
}

export const getTopicForReaders = cache(cachedPublicRead('getTopicForReaders', readTopicForReaders));

async function readEntityForReaders(slug: string) {
  if (!slugPattern.test(slug)) return null;
  const entity = await db.entity.findFirst({
    where: { slug, ...entityInPublishedUse },
    select: { id: true, slug: true, name: true, kind: true, description: true, aliases: { orderBy: { alias: 'asc' }, select: { alias: true, validFrom: true, validTo: true } } },
  });
  if (!entity) return null;
  // A busy entity is named by thousands of claims: the page lists the latest, search finds the rest.
  const { claims, hasEarlierClaims } = await latestPublishedClaims({ OR: [{ claimantId: entity.id }, { subjectId: entity.id }, { objectId: entity.id }] });
  return { ...entity, claims, hasEarlierClaims };
}

export const getEntityForReaders = cache(cachedPublicRead('getEntityForReaders', readEntityForReaders));

function readTopicsForReaders() {
  return db.topic.findMany({
    where: { claimVersions: { some: { claimVersion: publishedVersionUse } } },
    orderBy: { title: 'asc' },
    select: { slug: true, title: true, summary: true },
  });
}

export const listTopicsForReaders = cachedPublicRead('listTopicsForReaders', readTopicsForReaders);

/** The entities published claims are about or by, for the search page's filter. */
function readEntitiesForReaders() {
  return db.entity.findMany({
    where: entityInPublishedUse,
    orderBy: { name: 'asc' },
    select: { slug: true, name: true },
  });
}

export const listEntitiesForReaders = cachedPublicRead('listEntitiesForReaders', readEntitiesForReaders);
