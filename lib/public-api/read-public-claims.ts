import { readRows } from '@/lib/db';
import { idArray } from '@/lib/database/id-array';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PublicClaim } from './to-claim-json';

// Published claims as the public sees them, read by hand-written SQL that has Postgres hand over each claim as one
// JSON value. publicClaimSelect (to-claim-json.ts) defines the shape and its types, and a test holds this read to
// it. Prisma turned the same shape into a query and back into objects field by field: reading one claim with its
// links cost Node 2.9 ms of CPU, against 0.8 ms for Prisma's own SQL read through pg, and every public page, API
// list and search page that shows whole claims went through it.
//
// The database keeps each published claim's version and sign-off as that JSON (PublishedClaimJson.page, migration
// published_claim_page_json), so a read takes the stored value and adds the claim's status and retraction; it
// builds the value, with the same function, only for a claim whose stored JSON an edit has queued.
//
// The tables are named with their schema, so the statements are prepared (lib/database/prisma-client.ts).

/** A moment (`timestamp`, kept in UTC) as ISO text, as Date.toISOString writes it. */
export const moment = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const reviewedAt = moment(Prisma.sql`rv."createdAt"`);

/** The latest approval of a link's version, with the reviewer's name. A claim's is in its stored JSON. */
export const linkSignOffJson = (linkVersionId: Prisma.Sql) => Prisma.sql`(
  SELECT json_build_object('createdAt', ${reviewedAt}, 'reviewer', json_build_object('name', u.name))
  FROM "public"."Review" rv JOIN "public"."User" u ON u.id = rv."reviewerId"
  WHERE rv."linkVersionId" = ${linkVersionId} AND rv.decision = 'APPROVE'
  ORDER BY rv."createdAt" DESC LIMIT 1)`;

/** When a claim or a link is retracted (`status`), its latest retraction, `Review.<column> = id`, by default its
 *  moment and note (`fields`, over the review `rv`); otherwise null. */
export const retractionJson = (
  status: Prisma.Sql,
  column: 'claimId' | 'linkId',
  id: Prisma.Sql,
  fields = Prisma.sql`'createdAt', ${reviewedAt}, 'note', rv.note`,
) => Prisma.sql`CASE WHEN ${status} = 'RETRACTED' THEN (
  SELECT json_build_object(${fields})
  FROM "public"."Review" rv
  WHERE rv.${Prisma.raw(`"${column}"`)} = ${id} AND rv.decision = 'RETRACT'
  ORDER BY rv."createdAt" DESC LIMIT 1) END`;

/** One published claim, `c`, as ClaimAsJson: its stored version and sign-off (built now if an edit has them
 *  queued), its status and its retraction. */
export const publicClaimJson = Prisma.sql`json_build_object(
  'id', c.id,
  'status', c.status,
  'stored', coalesce((SELECT j.page FROM "public"."PublishedClaimJson" j WHERE j."claimId" = c.id), counterclaim_claim_page_json(c.id))::json,
  'retraction', ${retractionJson(Prisma.sql`c.status`, 'claimId', Prisma.sql`c.id`)}
)`;

/** The published claims among these ids, in the order given; an id that is not public is left out. */
export async function readPublicClaims(ids: readonly string[]): Promise<PublicClaim[]> {
  if (ids.length === 0) return [];
  const rows = await readRows<{ claim: ClaimAsJson }>(Prisma.sql`
    SELECT ${publicClaimJson} AS claim
    FROM "public"."Claim" c
    WHERE c.id = ANY(${idArray(ids)}) AND c."publishedVersionId" IS NOT NULL`);
  const byId = new Map(rows.map(({ claim }) => [claim.id, claimFromJson(claim)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A value as it comes out of JSON: its Dates are ISO text. */
export type Dated<T> = T extends Date ? string : T extends readonly (infer Item)[] ? Dated<Item>[] : T extends object ? { [K in keyof T]: Dated<T[K]> } : T;
/** A claim as publicClaimJson gives it. */
export type ClaimAsJson = Dated<Pick<PublicClaim, 'id' | 'status' | 'retraction'>> & { stored: Dated<Pick<PublicClaim, 'version' | 'signOff'>> };

const day = (value: string | null) => (value === null ? null : new Date(value));

/** A sign-off or a retraction as read, with its moment as a Date. */
export const withMoment = <T extends { createdAt: string }>(review: T | null) => review && { ...review, createdAt: new Date(review.createdAt) };

/** JSON has no dates: the days and moments come as ISO text, and become Dates here. */
export function claimFromJson({ id, status, stored: { version, signOff }, retraction }: ClaimAsJson): PublicClaim {
  return {
    id,
    status,
    version: {
      ...version,
      claimedAt: new Date(version.claimedAt),
      validFrom: day(version.validFrom),
      validTo: day(version.validTo),
      citations: version.citations.map((citation) => ({
        ...citation,
        source: { ...citation.source, publishedAt: day(citation.source.publishedAt), correctedAt: day(citation.source.correctedAt) },
      })),
    },
    signOff: withMoment(signOff),
    retraction: withMoment(retraction),
  };
}
