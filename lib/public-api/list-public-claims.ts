import 'server-only';
import type { z } from 'zod';
import { readRows } from '@/lib/db';
import { rowLimit } from '@/lib/database/row-limit';
import { Prisma } from '@/lib/generated/prisma/client';
import { apiClaimColumns, apiClaimText, type ApiClaimColumns } from './api-claim-json';
import { publishedClaimFilters } from './claim-filters-sql';
import { splitPage } from './cursor';
import type { claimsQuery } from './public-query-schema';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

type ClaimsQuery = z.infer<typeof claimsQuery>;

/** One page of the published claims in id order, as the API's JSON text: one statement finds the page (keyset on
 *  the id, one row more than the page to know whether another follows) and reads its claims' stored JSON, or builds
 *  the JSON of a claim whose stored JSON an edit dropped and the server has not yet built again. Filters
 *  apply to the published version only: a draft's new topic or date never moves a claim in or out. */
async function readPublicClaimList(query: ClaimsQuery, origin: string): Promise<string> {
  const filters = await publishedClaimFilters(query);
  const conditions = [...filters, ...(query.cursor ? [Prisma.sql`s."claimId" > ${query.cursor}::uuid`] : [])];
  // Unfiltered, only the cursor varies and one plan serves every page, so Postgres may keep it (rowLimit). A
  // filter's value decides the plan (a rare topic's claims are found from the topic, a common one's by walking
  // the list; kept plans took 14-17 ms where planned ones took 2-3 ms), so with one the limit stays a parameter,
  // and Postgres plans each page for its values.
  const limit = filters.length ? Prisma.sql`${query.limit + 1}` : rowLimit(query.limit + 1);
  const rows = await readRows<ApiClaimColumns>(Prisma.sql`
    SELECT c.id, ${apiClaimColumns}
    FROM (
      SELECT s."claimId" FROM "public"."PublishedClaimSearch" s
      WHERE ${conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`}
      ORDER BY s."claimId" LIMIT ${limit}
    ) page
    JOIN "public"."Claim" c ON c.id = page."claimId" LEFT JOIN "public"."PublishedClaimJson" j ON j."claimId" = page."claimId"
    ORDER BY c.id`);
  const { page, nextCursor } = splitPage(rows, query.limit);
  return `{"data":[${page.map((row) => apiClaimText(row, origin)).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

export const listPublicClaims = cachedPublicRead('listPublicClaims', readPublicClaimList);
