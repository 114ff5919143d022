import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { encodeOffsetCursor, maxSearchOffset } from '@/lib/public-api/cursor';
import type { SearchQuery } from '@/lib/public-api/public-query-schema';
import { fromPublicClaimRow, publicClaimSelect, type PublicClaim } from '@/lib/public-api/to-claim-json';
import { interpretQuery, type InterpretedQuery, type NamedEntity } from './interpret-query';
import { highlightStart, highlightStop, splitHighlights, type Highlighted } from './highlights';
import { maxCountedHits } from './limits';

// Full-text search over the published record: a claim matches when every meaningful word of the term is in its
// statement, in one of its quotes, in the title, publisher or author of a source it cites, or names (in any
// spelling) an entity the claim is about or by; or when the whole term is a spelling of such an entity.
// Only published versions are searched, so a draft's words never find a claim.

export type SearchHit = {
  claim: PublicClaim;
  highlights: { statement: Highlighted; quote: Highlighted | null; source: Highlighted | null };
  /** The source of the quote shown, whose title is `highlights.source`. */
  quotedSource: PublicClaim['version']['citations'][number]['source'] | null;
  namedEntities: NamedEntity[];
};

export type SearchResult = {
  hits: SearchHit[];
  /** Exact up to maxCountedHits; beyond, maxCountedHits + 1 says "more than that". */
  total: number;
  nextCursor: string | null;
  interpretation: Pick<InterpretedQuery, 'entities' | 'ignoredWords'>;
};

type HitRow = {
  claimId: string;
  statement: string;
  quote: string | null;
  source: string | null;
  sourceId: string | null;
  total: bigint;
  entityIds: string[];
};

/** Either config finds a word: English stems statements and quotes; names of publishers are kept as spelt. */
const wordQuery = (word: string) => Prisma.sql`(plainto_tsquery('english', ${word}) || plainto_tsquery('simple', ${word}))`;

function versionsMatching(word: string, entityIds: string[]) {
  const query = wordQuery(word);
  const byName = entityIds.length
    ? Prisma.sql`UNION SELECT id FROM "ClaimVersion" WHERE ${mentionsAny(entityIds)}`
    : Prisma.empty;
  return Prisma.sql`
    SELECT id FROM "ClaimVersion" WHERE "searchVector" @@ ${query}
    UNION SELECT "claimVersionId" FROM "Citation" WHERE "searchVector" @@ ${query}
    UNION SELECT c."claimVersionId" FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE s."searchVector" @@ ${query}
    ${byName}`;
}

const mentionsAny = (entityIds: string[]) =>
  Prisma.sql`("claimantId" = ANY(${entityIds}::uuid[]) OR "subjectId" = ANY(${entityIds}::uuid[]) OR "objectId" = ANY(${entityIds}::uuid[]))`;

function filtersSql(query: SearchQuery) {
  const conditions: Prisma.Sql[] = [];
  if (query.entity)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Entity" e WHERE (e.slug = ${query.entity} OR e.id::text = lower(${query.entity}))
      AND e.id IN (v."claimantId", v."subjectId", v."objectId"))`);
  if (query.topic)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimVersionTopic" vt JOIN "Topic" t ON t.id = vt."topicId"
      WHERE vt."claimVersionId" = v.id AND t.slug = ${query.topic})`);
  if (query.from) conditions.push(Prisma.sql`v."claimedAt" >= ${query.from}`);
  if (query.to) conditions.push(Prisma.sql`v."claimedAt" <= ${query.to}`);
  if (query.grade)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE c."claimVersionId" = v.id AND s.grade = ${query.grade}::"Grade")`);
  if (query.kind)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimLink" l
      JOIN "Claim" a ON a.id = l."claimAId" JOIN "Claim" b ON b.id = l."claimBId"
      WHERE (l."claimAId" = claim.id OR l."claimBId" = claim.id) AND l.kind = ${query.kind}::"LinkKind"
        AND l."publishedVersionId" IS NOT NULL AND a."publishedVersionId" IS NOT NULL AND b."publishedVersionId" IS NOT NULL)`);
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/** Every word's matches intersected, or, with no words, every published version (a search by filters alone). */
function matchedVersions(interpreted: InterpretedQuery) {
  const allWords = interpreted.words.map((word) => Prisma.sql`(${versionsMatching(word.text, word.entityIds)})`);
  const everyWord = allWords.length ? Prisma.join(allWords, ' INTERSECT ') : Prisma.sql`SELECT "publishedVersionId" AS id FROM "Claim" WHERE "publishedVersionId" IS NOT NULL`;
  if (!interpreted.termEntityIds.length) return everyWord;
  return Prisma.sql`${everyWord} UNION SELECT id FROM "ClaimVersion" WHERE ${mentionsAny(interpreted.termEntityIds)}`;
}

/** What to mark in a hit: the words, and the spellings of the entities the term named. */
function highlightQuery(interpreted: InterpretedQuery) {
  // websearch syntax quotes each spelling as a phrase; a quote inside one would end it early.
  const spellings = interpreted.entities.flatMap((entity) => entity.spellings.map((spelling) => `"${spelling.replaceAll('"', ' ')}"`)).join(' or ');
  const parts = interpreted.words.map((word) => wordQuery(word.text));
  if (spellings) parts.push(Prisma.sql`websearch_to_tsquery('english', ${spellings})`);
  return parts.length ? Prisma.sql`(${Prisma.join(parts, ' || ')})` : Prisma.sql`''::tsquery`;
}

export async function searchPublishedClaims(query: SearchQuery): Promise<SearchResult> {
  const interpreted = await interpretQuery(query.q ?? '');
  const empty = { hits: [], total: 0, nextCursor: null, interpretation: interpreted };
  const hasFilter = Boolean(query.entity || query.topic || query.from || query.to || query.grade || query.kind);
  // A term of only stop words ("the", "of") means nothing; it must not turn into "everything".
  if (query.q && interpreted.words.length === 0 && interpreted.termEntityIds.length === 0) return empty;
  if (!query.q && !hasFilter) return empty;

  const offset = query.cursor ?? 0;
  const highlight = highlightQuery(interpreted);
  const marks = `StartSel=${highlightStart}, StopSel=${highlightStop}`;
  const namedIds = interpreted.entities.map((entity) => entity.id);
  const rows = await db.$queryRaw<HitRow[]>(Prisma.sql`
    WITH matched AS (${matchedVersions(interpreted)}),
    hits AS (
      SELECT claim.id AS "claimId", v.id AS "versionId", v.statement, v."claimedAt",
        ts_rank(v."searchVector", ${highlight}) + CASE WHEN ${mentionsAny(namedIds)} THEN 0.2 ELSE 0 END AS rank,
        array_remove(ARRAY[v."claimantId", v."subjectId", v."objectId"]::text[], NULL) AS "entityIds"
      FROM matched m
      JOIN "ClaimVersion" v ON v.id = m.id
      -- One index probe per match: the planner, misjudging how many a term matches, otherwise read all of Claim.
      CROSS JOIN LATERAL (SELECT c.id FROM "Claim" c WHERE c."publishedVersionId" = m.id LIMIT 1) claim
      WHERE TRUE ${filtersSql(query)}
    ),
    page AS (
      SELECT * FROM hits
      ORDER BY rank DESC, "claimedAt" DESC, "claimId"
      LIMIT ${query.limit + 1} OFFSET ${offset}
    )
    SELECT page."claimId", page."entityIds",
      (SELECT count(*) FROM (SELECT 1 FROM hits LIMIT ${maxCountedHits + 1}) counted) AS total,
      ts_headline('english', page.statement, ${highlight}, ${`HighlightAll=true, ${marks}`}) AS statement,
      best.quote, best.source, best."sourceId"
    FROM page
    LEFT JOIN LATERAL (
      SELECT ts_headline('english', c.quote, ${highlight}, ${`MaxFragments=2, MaxWords=24, MinWords=8, ${marks}`}) AS quote,
        ts_headline('simple', s.title || ' (' || s.publisher || ')', ${highlight}, ${`HighlightAll=true, ${marks}`}) AS source,
        s.id::text AS "sourceId"
      FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
      WHERE c."claimVersionId" = page."versionId" AND (c."searchVector" @@ ${highlight} OR s."searchVector" @@ ${highlight})
      ORDER BY ts_rank(c."searchVector", ${highlight}) DESC, c.position
      LIMIT 1
    ) best ON TRUE
    ORDER BY page.rank DESC, page."claimedAt" DESC, page."claimId"
  `);

  const pageRows = rows.slice(0, query.limit);
  const claims = await db.claim.findMany({ where: { id: { in: pageRows.map((row) => row.claimId) } }, select: publicClaimSelect });
  const claimById = new Map(claims.flatMap((row) => fromPublicClaimRow(row) ?? []).map((claim) => [claim.id, claim]));
  const hits = pageRows.flatMap((row): SearchHit[] => {
    const claim = claimById.get(row.claimId);
    if (!claim) return [];
    return [
      {
        claim,
        highlights: {
          statement: splitHighlights(row.statement),
          quote: row.quote === null ? null : splitHighlights(row.quote),
          source: row.source === null ? null : splitHighlights(row.source),
        },
        quotedSource: claim.version.citations.find((citation) => citation.source.id === row.sourceId)?.source ?? null,
        namedEntities: interpreted.entities.filter((entity) => row.entityIds.includes(entity.id)),
      },
    ];
  });
  const next = offset + query.limit;
  return {
    hits,
    total: Number(rows[0]?.total ?? 0),
    nextCursor: rows.length > query.limit && next <= maxSearchOffset ? encodeOffsetCursor(next) : null,
    interpretation: { entities: interpreted.entities, ignoredWords: interpreted.ignoredWords },
  };
}
