import { Prisma } from '@/lib/generated/prisma/client';
import { moment, retractionJson } from './read-public-claims';

// A claim in the API's format as JSON text, which the claim list passes on untouched. Read as PublicClaim objects
// and written out by toClaimJson, a deep page of 25 claims (about 60 kB) cost the server its JSON parsed, reshaped,
// measured for the cache and serialized again; built by Postgres from eight tables, it cost Postgres about 4 ms a
// page. The database keeps each published claim's JSON up to its version in PublishedClaimJson (see the migration
// published_claim_json); toClaimJson (to-claim-json.ts) stays the definition of the format, and a test holds
// the stored JSON to it. An edit to something many claims show drops their stored JSON until the server builds it
// again (migration deferred_claim_json); meanwhile it is built as it is read, by the same function.

/** The published claim `c`, with its stored JSON `j` (left-joined), as toClaimJson(claim, origin) gives it: the
 *  stored object, then its address, which depends on the request, and its retraction, which only a retracted claim
 *  reads. */
export const apiClaimJson = (origin: string) => Prisma.sql`left(coalesce(j.json, counterclaim_claim_json(c.id)), -1)
  || ', "url" : ' || to_json(${`${origin}/claims/`} || c.id)::text
  || ', "retracted" : ' || coalesce((${retractionJson(Prisma.sql`c.status`, 'claimId', Prisma.sql`c.id`, Prisma.sql`'at', ${moment(Prisma.sql`rv."createdAt"`)}, 'note', rv.note`)})::text, 'null')
  || '}'`;
