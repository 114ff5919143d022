import 'server-only';
import { containsPattern } from '@/lib/database/contains-pattern';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { nameMatchKey, normalizeName } from '@/lib/entities/normalize-name';

/** For linking: claims whose current statement resembles the text, or that are about or by an entity the text
 *  names in any spelling ("Zawahri" finds claims about al-Zawahiri). */
export async function searchDeskClaims(text: string, excludeClaimId?: string) {
  const q = text.trim().slice(0, 200);
  if (q.length < 2) return [];
  const key = nameMatchKey(q);
  const normalized = normalizeName(q);
  return db.$queryRaw<{ id: string; statement: string; status: string; claimedAt: Date }[]>(Prisma.sql`
    WITH entities AS (
      SELECT DISTINCT "entityId" FROM "EntityAlias"
      WHERE ${key} <> '' AND ("matchKey" = ${key} OR (${normalized} <> '' AND normalized % ${normalized}))
    )
    SELECT c.id, v.statement, c.status::text AS status, v."claimedAt"
    FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."currentVersionId"
    WHERE c.id <> ${excludeClaimId ?? '00000000-0000-0000-0000-000000000000'}::uuid
      AND (v.statement ILIKE ${containsPattern(q)} OR v.statement % ${q}
        OR v."subjectId" IN (SELECT "entityId" FROM entities) OR v."objectId" IN (SELECT "entityId" FROM entities)
        OR v."claimantId" IN (SELECT "entityId" FROM entities))
    ORDER BY similarity(v.statement, ${q}) DESC, v."claimedAt" DESC
    LIMIT 12
  `);
}
