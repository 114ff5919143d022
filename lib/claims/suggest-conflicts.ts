import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isoDay, optional, text, uuid } from '@/lib/validation/fields';
import { polarities } from './claim-schema';

// Candidate conflicts for a claim being written, from the claims on record (their current versions):
// - an exclusive relation ("pledges allegiance to") on either side, the same subject, another object, both
//   affirming, in overlapping periods (a missing bound leaves the period open);
// - the same subject, relation and object with the opposite polarity;
// - a similar statement (trigram similarity, pg_trgm's % operator and its index).
// Structured conflicts come first, then by similarity and by how close in time the claims were made.

export const conflictQuerySchema = z.object({
  claimId: optional(uuid),
  statement: optional(text().trim().max(500)),
  subjectId: optional(uuid),
  relation: optional(text().trim().max(100)),
  objectId: optional(uuid),
  polarity: optional(z.enum(polarities)),
  claimedAt: optional(isoDay),
  validFrom: optional(isoDay),
  validTo: optional(isoDay),
});

export type ConflictQuery = z.infer<typeof conflictQuerySchema>;

export type ConflictCandidate = {
  claimId: string;
  statement: string;
  status: string;
  reason: 'EXCLUSIVE_RELATION' | 'OPPOSITE_POLARITY' | 'SIMILAR_STATEMENT';
  explanation: string;
  similarity: number;
};

const limit = 8;

export async function suggestConflicts(query: ConflictQuery): Promise<ConflictCandidate[]> {
  const statement = query.statement ?? '';
  const structured = Boolean(query.subjectId && query.relation && query.objectId && query.polarity);
  if (!structured && statement.length < 8) return [];
  const excluded = query.claimId ?? '00000000-0000-0000-0000-000000000000';
  const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

  const rows = await db.$queryRaw<
    { claimId: string; statement: string; status: string; exclusive: boolean; opposite: boolean; similarity: number; relationLabel: string | null; objectName: string | null }[]
  >(Prisma.sql`
    WITH draft AS (
      SELECT ${query.subjectId ?? null}::uuid AS subject, ${query.relation ?? null}::text AS relation,
             ${query.objectId ?? null}::uuid AS object, ${query.polarity ?? null}::text AS polarity,
             daterange(${day(query.validFrom)}::date, ${day(query.validTo)}::date, '[]') AS period,
             coalesce(${day(query.claimedAt)}::date, current_date) AS claimed,
             (SELECT exclusive FROM "Relation" WHERE key = ${query.relation ?? null}) AS exclusive,
             ${statement}::text AS statement
    ), candidates AS (
      SELECT c.id AS "claimId", v.statement, c.status::text AS status, v."claimedAt",
        (v."subjectId" = d.subject AND v."objectId" <> d.object AND (coalesce(r.exclusive, false) OR coalesce(d.exclusive, false))
          AND v.polarity = 'AFFIRMS' AND d.polarity = 'AFFIRMS'
          AND daterange(v."validFrom", v."validTo", '[]') && d.period) AS exclusive,
        (v."subjectId" = d.subject AND v."relationKey" = d.relation AND v."objectId" = d.object AND v.polarity::text <> d.polarity) AS opposite,
        CASE WHEN d.statement = '' THEN 0 ELSE similarity(v.statement, d.statement) END AS similarity,
        r.label AS "relationLabel", o.name AS "objectName", d.claimed
      FROM draft d, "Claim" c
      JOIN "ClaimVersion" v ON v.id = c."currentVersionId"
      LEFT JOIN "Relation" r ON r.key = v."relationKey"
      LEFT JOIN "Entity" o ON o.id = v."objectId"
      WHERE c.id <> ${excluded}::uuid AND c.status <> 'REJECTED'
        AND ((d.subject IS NOT NULL AND v."subjectId" = d.subject) OR (d.statement <> '' AND v.statement % d.statement))
    )
    SELECT "claimId", statement, status, coalesce(exclusive, false) AS exclusive, coalesce(opposite, false) AS opposite,
           similarity::float8 AS similarity, "relationLabel", "objectName"
    FROM candidates
    WHERE coalesce(exclusive, false) OR coalesce(opposite, false) OR similarity >= 0.3
    ORDER BY (coalesce(exclusive, false) OR coalesce(opposite, false)) DESC, similarity DESC, abs("claimedAt" - claimed), "claimId"
    LIMIT ${limit}
  `);

  return rows.map((row) => {
    const reason = row.opposite ? 'OPPOSITE_POLARITY' : row.exclusive ? 'EXCLUSIVE_RELATION' : 'SIMILAR_STATEMENT';
    const explanation =
      reason === 'OPPOSITE_POLARITY'
        ? 'The same relation between the same entities, with the opposite polarity'
        : reason === 'EXCLUSIVE_RELATION'
          ? `Same subject, in an overlapping period, but towards ${row.objectName ?? 'another entity'}${row.relationLabel ? ` (${row.relationLabel})` : ''}; one of the relations can hold towards one object at a time`
          : `A similar statement (${Math.round(row.similarity * 100)}% alike)`;
    return { claimId: row.claimId, statement: row.statement, status: row.status, reason, explanation, similarity: row.similarity };
  });
}
