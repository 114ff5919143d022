import { readRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { encodeOffsetCursor, maxSearchOffset } from '@/lib/public-api/cursor';
import { publishedClaimFilters } from '@/lib/public-api/claim-filters-sql';
import type { SearchQuery } from '@/lib/public-api/public-query-schema';
import { readPublicClaims } from '@/lib/public-api/read-public-claims';
import type { PublicClaim } from '@/lib/public-api/to-claim-json';
import { interpretQuery, type InterpretedQuery, type NamedEntity } from './interpret-query';
import { highlightStart, highlightStop, splitHighlights, type Highlighted } from './highlights';
import { entityMarkers } from './document-markers';
import { maxCountedHits } from './limits';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

// Full-text search over the published record: a claim matches when every meaningful word of the term is in its
// statement, in one of its quotes, in the title, publisher or author of a source it cites, or names (in any
// spelling) an entity the claim is about or by; or when the whole term is a spelling of such an entity.
// Only published versions are searched (PublishedClaimSearch holds nothing else), so a draft's words never find a
// claim. Results are the newest 1,001 matches at most, best matches first: beyond 1,000 the reader narrows.

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

/** The claims to find, as one query of the search document: every word, each in the text or as a name the
 *  claim is about, or the whole term as a name. Null when the term has no words: a search by filters alone. */
function matchQuery(interpreted: InterpretedQuery): Prisma.Sql | null {
  // Postgres tests the words in this order and stops at the first one a document lacks, so a word that names many
  // entities goes last: "council" names a hundred, and testing their markers first doubled a broad search's time.
  const fewestMarkersFirst = [...interpreted.words].sort((a, b) => a.entityIds.length - b.entityIds.length);
  const words = fewestMarkersFirst.map((word) =>
    word.entityIds.length ? Prisma.sql`(${wordQuery(word.text)} || ${entityMarkers(word.entityIds)})` : wordQuery(word.text),
  );
  const everyWord = words.length ? Prisma.sql`(${Prisma.join(words, ' && ')})` : null;
  const wholeTerm = interpreted.termEntityIds.length ? entityMarkers(interpreted.termEntityIds) : null;
  if (everyWord && wholeTerm) return Prisma.sql`(${everyWord} || ${wholeTerm})`;
  return everyWord ?? wholeTerm;
}

/** What to mark in a hit: the words, and the spellings of the entities the term named. */
function highlightQuery(interpreted: InterpretedQuery) {
  // websearch syntax quotes each spelling as a phrase; a quote inside one would end it early.
  const spellings = [...new Set(interpreted.entities.flatMap((entity) => entity.spellings))].map((spelling) => `"${spelling.replaceAll('"', ' ')}"`).join(' or ');
  const parts = interpreted.words.map((word) => wordQuery(word.text));
  if (spellings) parts.push(Prisma.sql`websearch_to_tsquery('english', ${spellings})`);
  return parts.length ? Prisma.sql`(${Prisma.join(parts, ' || ')})` : Prisma.sql`''::tsquery`;
}

async function readSearchResults(query: SearchQuery): Promise<SearchResult> {
  const interpreted = await interpretQuery(query.q ?? '');
  const empty = { hits: [], total: 0, nextCursor: null, interpretation: interpreted };
  const hasFilter = Boolean(query.entity || query.topic || query.from || query.to || query.grade || query.kind);
  // A term of only stop words ("the", "of") means nothing; it must not turn into "everything".
  if (query.q && interpreted.words.length === 0 && interpreted.termEntityIds.length === 0) return empty;
  if (!query.q && !hasFilter) return empty;

  const offset = query.cursor ?? 0;
  const highlight = highlightQuery(interpreted);
  const marks = `StartSel=${highlightStart}, StopSel=${highlightStop}`;
  const match = matchQuery(interpreted);
  const conditions = [...(match ? [Prisma.sql`s."document" @@ ${match}`] : []), ...(await publishedClaimFilters(query, { manyMatches: true }))];
  // The newest matches, up to one more than are counted, found by walking the claimedAt index when a term is
  // common and through the GIN index when it is rare; then ranked. Ranking every match of a common word
  // ("militants": two claims in five) would read tens of thousands of documents for each page.
  // Each is ranked as it leaves the subquery, its document where the scan left it; ranked from the CTE, the 1,001
  // documents were first copied into it, 3-4 ms more for a common term (100,000 claims). Outside the LIMIT,
  // Postgres ranks only those; inside it, a plan that sorts the GIN index's matches by date would rank every match
  // ("militants" planned so: 89 ms, against 39 ms this way).
  const rows = await readRows<HitRow>(Prisma.sql`
    WITH matches AS MATERIALIZED (
      SELECT "claimId", "versionId", "claimedAt", ${match ? Prisma.sql`ts_rank("document", ${match})` : Prisma.sql`0`} AS rank
      FROM (
        SELECT s."claimId", s."versionId", s."claimedAt", s."document"
        FROM "PublishedClaimSearch" s
        WHERE ${conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`}
        ORDER BY s."claimedAt" DESC, s."claimId" DESC
        LIMIT ${maxCountedHits + 1}
      ) newest
    ),
    page AS (
      SELECT "claimId", "versionId", "claimedAt", rank
      FROM matches
      ORDER BY rank DESC, "claimedAt" DESC, "claimId"
      LIMIT ${query.limit + 1} OFFSET ${offset}
    )
    SELECT page."claimId", array_remove(ARRAY[v."claimantId", v."subjectId", v."objectId"]::text[], NULL) AS "entityIds",
      (SELECT count(*) FROM matches) AS total,
      ts_headline('english', v.statement, ${highlight}, ${`HighlightAll=true, ${marks}`}) AS statement,
      best.quote, best.source, best."sourceId"
    FROM page
    JOIN "ClaimVersion" v ON v.id = page."versionId"
    LEFT JOIN LATERAL (
      SELECT ts_headline('english', c.quote, ${highlight}, ${`MaxFragments=2, MaxWords=24, MinWords=8, ${marks}`}) AS quote,
        ts_headline('simple', src.title || ' (' || src.publisher || ')', ${highlight}, ${`HighlightAll=true, ${marks}`}) AS source,
        src.id::text AS "sourceId"
      FROM "Citation" c JOIN "Source" src ON src.id = c."sourceId"
      WHERE c."claimVersionId" = page."versionId" AND (c."searchVector" @@ ${highlight} OR src."searchVector" @@ ${highlight})
      ORDER BY ts_rank(c."searchVector", ${highlight}) DESC, c.position
      LIMIT 1
    ) best ON TRUE
    ORDER BY page.rank DESC, page."claimedAt" DESC, page."claimId"
  `);

  const pageRows = rows.slice(0, query.limit);
  const claims = await readPublicClaims(pageRows.map((row) => row.claimId));
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
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

/** Cached per query until the published record next changes, like every public read: a term many readers look
 *  up (a name in the news) is ranked once, and an approval shows in the very next search. */
export const searchPublishedClaims = cachedPublicRead('searchPublishedClaims', readSearchResults);
