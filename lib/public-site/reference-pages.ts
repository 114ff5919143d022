import { cache } from 'react';
import { isUuid } from '@/lib/claims/get-published-claim';
import { isPublished } from '@/lib/claims/published-claim-select';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { entityInPublishedUse, publicSourceSelect, publishedVersionUse } from '@/lib/public-api/reference-lists';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { slugPattern } from '@/lib/validation/fields';

// What the public pages show of sources, topics and entities: only those a published claim version uses, and
// only published claims under them.

const claimLine = {
  id: true,
  status: true,
  publishedVersion: {
    select: { statement: true, claimedAt: true, credibility: true, subject: { select: { slug: true, name: true } }, object: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.ClaimSelect;

/** How many sources a page of /sources lists. */
export const sourcesPageLength = 100;

/** One page of the sources published claims cite, by publisher and title, after the source `after` (its id). */
async function readSourcesForReaders(after: string | null) {
  const sources = await db.source.findMany({
    where: { citations: { some: { claimVersion: publishedVersionUse } } },
    orderBy: [{ publisher: 'asc' }, { title: 'asc' }, { id: 'asc' }],
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    take: sourcesPageLength + 1,
    select: { id: true, title: true, publisher: true, publishedAt: true, grade: true, derivedFrom: { select: { title: true } } },
  });
  const page = sources.slice(0, sourcesPageLength);
  return { sources: page, nextAfter: sources.length > sourcesPageLength ? page[page.length - 1].id : null };
}

export const listSourcesForReaders = cachedPublicRead('listSourcesForReaders', readSourcesForReaders);

async function readSourceForReaders(id: string) {
  if (!isUuid(id)) return null;
  const source = await db.source.findFirst({
    where: { id: id.toLowerCase(), citations: { some: { claimVersion: publishedVersionUse } } },
    select: publicSourceSelect,
  });
  if (!source) return null;
  const [chain, claims] = await Promise.all([
    reportingChain(source.derivedFromId),
    db.claim.findMany({
      where: { ...isPublished, publishedVersion: { citations: { some: { sourceId: source.id } } } },
      orderBy: { publishedVersion: { claimedAt: 'asc' } },
      select: claimLine,
    }),
  ]);
  return { ...source, chain, claims };
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
  // Asked from the published versions' side, Postgres walks their claimedAt index and stops at the page's length;
  // asked from the claims' side, it sorted every claim of the topic first (120 ms for 11,000 claims). One row
  // more than the page tells whether there are more; counting them all cost as much as the sort.
  const latest = await db.claimVersion.findMany({
    where: { ...publishedVersionUse, topics: { some: { topicId: topic.id } } },
    orderBy: [{ claimedAt: 'desc' }, { id: 'desc' }],
    take: topicTimelineLength + 1,
    select: { ...claimLine.publishedVersion.select, publishedOf: { select: { id: true, status: true } } },
  });
  const hasEarlierClaims = latest.length > topicTimelineLength;
  const claims = latest
    .slice(0, topicTimelineLength)
    .reverse()
    .flatMap(({ publishedOf, ...version }) => (publishedOf ? [{ ...publishedOf, publishedVersion: version }] : []));
  const ids = claims.map((claim) => claim.id);
  const contradictions = await db.claimLink.findMany({
    where: { kind: 'CONTRADICTS', publishedVersionId: { not: null }, claimAId: { in: ids }, claimBId: { in: ids } },
    select: { id: true, claimAId: true, claimBId: true, status: true },
  });
  return { ...topic, claims, hasEarlierClaims, contradictions };
}

/** How many of a topic's claims its page lists, the most recently claimed. */
export const topicTimelineLength = 100;

export const getTopicForReaders = cache(cachedPublicRead('getTopicForReaders', readTopicForReaders));

async function readEntityForReaders(slug: string) {
  if (!slugPattern.test(slug)) return null;
  const entity = await db.entity.findFirst({
    where: { slug, ...entityInPublishedUse },
    select: { id: true, slug: true, name: true, kind: true, description: true, aliases: { orderBy: { alias: 'asc' }, select: { alias: true, validFrom: true, validTo: true } } },
  });
  if (!entity) return null;
  const claims = await db.claim.findMany({
    where: { ...isPublished, publishedVersion: { OR: [{ claimantId: entity.id }, { subjectId: entity.id }, { objectId: entity.id }] } },
    orderBy: [{ publishedVersion: { claimedAt: 'asc' } }, { id: 'asc' }],
    select: { ...claimLine, publishedVersion: { select: { ...claimLine.publishedVersion.select, claimantId: true } } },
  });
  return { ...entity, claims };
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

/** How many entities the search page's filter offers: a list of every entity (2,000 at the benchmark's scale) made
 *  the page 130 kB, and a name in the search box already finds its entity in any spelling. */
export const entityFilterLength = 50;

/** The entities published claims are most often about or by, by name, for the search page's filter. */
function readEntitiesForReaders() {
  return db.$queryRaw<{ slug: string; name: string }[]>`
    SELECT e.slug, e.name FROM "Entity" e
    JOIN (
      SELECT entity, count(*) AS claims
      FROM "PublishedClaimSearch" s JOIN "ClaimVersion" v ON v.id = s."versionId",
        unnest(ARRAY[v."claimantId", v."subjectId", v."objectId"]) AS entity
      WHERE entity IS NOT NULL
      GROUP BY entity ORDER BY claims DESC, entity LIMIT ${entityFilterLength}
    ) cited ON cited.entity = e.id
    ORDER BY e.name`;
}

export const listEntitiesForReaders = cachedPublicRead('listEntitiesForReaders', readEntitiesForReaders);

/** The entity a search filter names (by slug or id) when it is in published use: shown in the filter even when it
 *  is not among the most cited. */
async function readEntityNamed(slugOrId: string) {
  return db.entity.findFirst({
    where: { AND: [entityInPublishedUse, { OR: [{ slug: slugOrId }, ...(isUuid(slugOrId) ? [{ id: slugOrId.toLowerCase() }] : [])] }] },
    select: { slug: true, name: true },
  });
}

export const entityNamed = cachedPublicRead('entityNamed', readEntityNamed);
