import { Prisma } from '@/lib/generated/prisma/client';
import { moment, retractionJson } from './read-public-claims';

// A claim in the API's format as JSON text, which the claim list passes on untouched. Read as PublicClaim objects
// and written out by toClaimJson, a deep page of 25 claims (about 60 kB) cost the server its JSON parsed, reshaped,
// measured for the cache and serialized again; built by Postgres from eight tables, it cost Postgres about 4 ms a
// page. The database keeps each published claim's JSON up to its version in PublishedClaimJson (see the migration
// published_claim_json); toClaimJson (to-claim-json.ts) stays the definition of the format, and a test holds
// the stored JSON to it. An edit to something many claims show drops their stored JSON until the server builds it
// again (migration deferred_claim_json); meanwhile it is built as it is read, by the same function.
//
// The two fields that are not stored are added here rather than in SQL: cutting the stored text's closing brace
// in Postgres (`left(json, -1)`, which counts the characters of the whole text) and joining the pieces there
// doubled the statement's cost: 1.3-1.5 ms a deep page against 0.55-0.9 ms (pgbench, one client).

/** The columns of the published claim `c`, with its stored JSON `j` (left-joined), that apiClaimText makes into
 *  the claim: the stored object, and its retraction, which only a retracted claim reads. */
export const apiClaimColumns = Prisma.sql`coalesce(j.json, counterclaim_claim_json(c.id)) AS stored,
  (${retractionJson(Prisma.sql`c.status`, 'claimId', Prisma.sql`c.id`, Prisma.sql`'at', ${moment(Prisma.sql`rv."createdAt"`)}, 'note', rv.note`)})::text AS retracted`;

export type ApiClaimColumns = { id: string; stored: string; retracted: string | null };

/** The claim as toClaimJson(claim, origin) gives it: the stored object, then its address, which depends on the
 *  request, and its retraction. */
export function apiClaimText({ id, stored, retracted }: ApiClaimColumns, origin: string): string {
  return `${stored.slice(0, -1)}, "url" : ${JSON.stringify(`${origin}/claims/${id}`)}, "retracted" : ${retracted ?? 'null'}}`;
}
