import 'server-only';
import type { z } from 'zod';
import { readRows } from '@/lib/db';
import { idArray } from '@/lib/database/id-array';
import { Prisma } from '@/lib/generated/prisma/client';
import { cachedPublicRead } from '@/lib/public-site/published-cache';
import { apiClaimColumns, apiClaimText } from './api-claim-json';
import { entityIdNamed } from './claim-filters-sql';
import { splitPage } from './cursor';
import type { contradictionsQuery } from './public-query-schema';
import { linkSignOffJson, moment, retractionJson } from './read-public-claims';

// The contradictions in id order, as the API's JSON text: each with its two claims as the claim list gives them,
// from their stored JSON (api-claim-json.ts), and the link's own fields. Read through Prisma's select at 100,000
// claims, a first page of 25 cost Postgres 15-41 ms, one topic's 38-106 ms and one entity's up to a second
// (0.7-1.0 s for an entity named by 5,900 claims); now 3-5 ms, 5-34 ms and 2-8 ms. A contradiction's own address
// (get-contradiction.ts) answers with the same text.

type ContradictionsQuery = z.infer<typeof contradictionsQuery>;

type ContradictionColumns = {
  id: string;
  version: number;
  note: string;
  resolution: string;
  resolutionNote: string;
  signOff: string | null;
  retracted: string | null;
  claimAId: string;
  claimAStored: string;
  claimARetracted: string | null;
  claimBId: string;
  claimBStored: string;
  claimBRetracted: string | null;
};

/** Links, `l`, either of whose claims is among `claimIds` (a query of "claimId"s). Joined on either side, Postgres
 *  may go either way: walk the contradictions and look up each one's claims for a busy entity (3.6 ms in psql for
 *  one named by 5,900 claims), or find a rare one's few claims and their links (0.9 ms). Asked as two IN lists,
 *  it read the busy entity's claims twice and every link: 40 ms. An entity's claims come from its own index
 *  (PublishedClaimEntity), which answers with the same links as its marker in the search documents did, a little
 *  faster (0.9-2.0 ms a first page against 1.0-2.4 ms, warm, five entities of 14 to 5,893 claims) and without
 *  reading the documents. */
const linkOfEither = (claimIds: Prisma.Sql) => Prisma.sql`l.id IN (
  SELECT x.id FROM (${claimIds}) m JOIN "ClaimLink" x ON x."claimAId" = m."claimId" OR x."claimBId" = m."claimId")`;

/** The page's contradictions, in id order, one more than the page to tell whether another follows. The tables
 *  are named without their schema, so the statement is planned for its values each time
 *  (lib/database/prisma-client.ts). Prepared, it got a plan made without the values after five pages, and an
 *  entity named by 104 claims took 37-45 ms of Postgres a page against 4-5 ms. */
async function findPage(query: ContradictionsQuery): Promise<{ id: string }[]> {
  const conditions: Prisma.Sql[] = [];
  if (query.entity) {
    const entityId = await entityIdNamed(query.entity);
    conditions.push(entityId ? linkOfEither(Prisma.sql`SELECT p."claimId" FROM "PublishedClaimEntity" p WHERE p."entityId" = ${entityId}::uuid`) : Prisma.sql`FALSE`);
  }
  if (query.topic)
    conditions.push(linkOfEither(Prisma.sql`SELECT pt."claimId" FROM "PublishedClaimTopic" pt JOIN "Topic" t ON t.id = pt."topicId" WHERE t.slug = ${query.topic}`));
  if (query.cursor) conditions.push(Prisma.sql`l.id > ${query.cursor}::uuid`);
  return readRows<{ id: string }>(Prisma.sql`
    SELECT l.id FROM "ClaimLink" l JOIN "Claim" ca ON ca.id = l."claimAId" JOIN "Claim" cb ON cb.id = l."claimBId"
    WHERE l.kind = 'CONTRADICTS' AND l."publishedVersionId" IS NOT NULL
      AND ca."publishedVersionId" IS NOT NULL AND cb."publishedVersionId" IS NOT NULL
      ${conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}
    ORDER BY l.id LIMIT ${query.limit + 1}`);
}

/** A side of the contradiction `l` (claimAId or claimBId) as the columns apiClaimText reads, when that claim is
 *  published; no row when it is not. */
const side = (column: 'claimAId' | 'claimBId') => Prisma.sql`LATERAL (
  SELECT c.id, ${apiClaimColumns} FROM "public"."Claim" c LEFT JOIN "public"."PublishedClaimJson" j ON j."claimId" = c.id
  WHERE c.id = l.${Prisma.raw(`"${column}"`)} AND c."publishedVersionId" IS NOT NULL) AS ${Prisma.raw(column === 'claimAId' ? 'a' : 'b')}`;

async function readContradictions(query: ContradictionsQuery, origin: string): Promise<string> {
  const { page, nextCursor } = splitPage(await findPage(query), query.limit);
  const texts = await contradictionTexts(page.map((link) => link.id), origin);
  return `{"data":[${texts.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

/** The API's JSON text of those of these links that are contradictions in public (isPublicContradiction: a
 *  published CONTRADICTS link between two published claims), in id order; the rest are left out. The list and a
 *  contradiction's own address both answer with it.
 *
 *  The ids go as idArray sends them. Asked for as `= ANY` of a one-element array, the prepared statement was planned
 *  again on every call: 2.6 ms of Postgres's CPU per contradiction, against 0.3-0.5 ms with the plan kept (300 reads one
 *  after another, 100,000 claims); under load, 2.5-3.4 ms per first visit against 0.6 with the plan kept (the one id
 *  then sent as one value, not padded). */
export async function contradictionTexts(ids: string[], origin: string): Promise<string[]> {
  const rows = await readRows<ContradictionColumns>(Prisma.sql`
    SELECT l.id, lv.version, lv.note, lv.resolution::text, lv."resolutionNote",
      ${linkSignOffJson(Prisma.sql`lv.id`)}::text AS "signOff",
      (${retractionJson(Prisma.sql`l.status`, 'linkId', Prisma.sql`l.id`, Prisma.sql`'at', ${moment(Prisma.sql`rv."createdAt"`)}, 'note', rv.note`)})::text AS retracted,
      a.id AS "claimAId", a.stored AS "claimAStored", a.retracted AS "claimARetracted",
      b.id AS "claimBId", b.stored AS "claimBStored", b.retracted AS "claimBRetracted"
    FROM "public"."ClaimLink" l
    JOIN "public"."ClaimLinkVersion" lv ON lv.id = l."publishedVersionId"
    CROSS JOIN ${side('claimAId')}
    CROSS JOIN ${side('claimBId')}
    WHERE l.id = ANY(${idArray(ids)}) AND l.kind = 'CONTRADICTS'
    ORDER BY l.id`);
  return rows.map((row) => contradictionText(row, origin));
}

/** A contradiction: its id and kind, the link's note and resolution, its two claims, its sign-off, version, address
 *  and retraction, in that order. */
function contradictionText(row: ContradictionColumns, origin: string) {
  const claimA = apiClaimText({ id: row.claimAId, stored: row.claimAStored, retracted: row.claimARetracted }, origin);
  const claimB = apiClaimText({ id: row.claimBId, stored: row.claimBStored, retracted: row.claimBRetracted }, origin);
  const signOff = row.signOff && (JSON.parse(row.signOff) as { createdAt: string; reviewer: { name: string } });
  return [
    `{"id":${JSON.stringify(row.id)},"kind":"CONTRADICTS"`,
    `"note":${JSON.stringify(row.note)},"resolution":${JSON.stringify(row.resolution)},"resolutionNote":${JSON.stringify(row.resolutionNote)}`,
    `"claimA":${claimA},"claimB":${claimB}`,
    `"signOff":${JSON.stringify(signOff ? { reviewer: signOff.reviewer.name, date: signOff.createdAt.slice(0, 10) } : null)}`,
    `"version":${row.version},"url":${JSON.stringify(`${origin}/contradictions/${row.id}`)},"retracted":${row.retracted ?? 'null'}}`,
  ].join(',');
}

export const listContradictions = cachedPublicRead('listContradictions', readContradictions);
