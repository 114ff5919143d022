import { z } from 'zod';
import type { LinkKind } from '@/lib/generated/prisma/enums';
import { firstValue, type QueryValue } from '@/lib/http/query-values';

// A page of a claim's related claims of one kind: /claims/<id>/related?kind=supports&page=2. A module of its own,
// without the database: the pages show these numbers, and must not pull the database code into their bundles.

/** How many related claims of each kind a claim's page shows; the rest are a page of their kind away. A claim many
 *  others cite (319 links on the 100,000-claim record) made a page of 197 KB that took the server 41-62 ms. */
export const relatedClaimsShown = 20;

/** How many related claims of one kind a page of them shows. */
export const relatedClaimsPerPage = 100;

const kinds = ['contradicts', 'supports', 'supersedes', 'qualifies'] as const;

/** The furthest page asked for: 10,000 pages of relatedClaimsPerPage. */
const lastPage = 10_000;

const relatedClaimsQuery = z.object({
  kind: z.enum(kinds).transform((kind) => kind.toUpperCase() as LinkKind),
  // Digits only: "2.0", "0x2" or " 2" would be other addresses, and cache entries, for the same page.
  page: z
    .string()
    .regex(/^[1-9]\d{0,4}$/)
    .transform(Number)
    .pipe(z.number().max(lastPage))
    .default(1),
});

/** The kind and page an address names, or null when it names none (the page answers 404). */
export function parseRelatedClaimsQuery(query: Record<string, QueryValue>) {
  const parsed = relatedClaimsQuery.safeParse({ kind: firstValue(query.kind), page: firstValue(query.page) });
  return parsed.success ? parsed.data : null;
}

export function relatedClaimsPath(claimId: string, kind: LinkKind, page = 1) {
  return `/claims/${claimId}/related?kind=${kind.toLowerCase()}${page > 1 ? `&page=${page}` : ''}`;
}
