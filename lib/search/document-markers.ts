import { Prisma } from '@/lib/generated/prisma/client';

// The markers a claim's search document carries (migration published_claim_search), at weight D, where no text
// is: "ent", "top" or "src" and the id of an entity the claim is about or by, one of its topics, or a source it
// cites, without hyphens. Only the entities' are read: search and the claim list's filter find an entity's claims
// by them. A topic's or a source's claims are read from their own indexes (PublishedClaimTopic,
// PublishedClaimSource); their markers are still written, and would need every document rewritten to go.
//
// The query leaves the weight out. Asked for at weight D, Postgres reads each candidate document's positions to
// check the weight: for an entity named by 5,900 of 100,000 claims, finding them through the GIN index took 169 ms
// against 8 ms (and a walk for its latest 51 claims, which entity pages now read from PublishedClaimEntity, 51 ms
// against 8 ms). Without the weight, a word of text could only match by spelling a marker out ("ent" and 32
// hexadecimal digits), which an editor would have to write and a reviewer approve.

/** A tsquery matching a document that names any of these entities. */
export function entityMarkers(ids: string[]) {
  return Prisma.sql`${ids.map((id) => `ent${id.replaceAll('-', '')}`).join(' | ')}::tsquery`;
}
