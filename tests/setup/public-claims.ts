import type { Database } from '@/lib/database/prisma-client';
import { fromPublicClaimRow, publicClaimSelect, type PublicClaim } from '@/lib/public-api/to-claim-json';

/** Published claims through Prisma's select, the public claim's definition, in the order asked for: what the
 *  hand-written reads (and the JSON the database stores for them) are held to. */
export async function publicClaimsThroughPrisma(db: Database, claimIds: string[]): Promise<PublicClaim[]> {
  const rows = await db.claim.findMany({ where: { id: { in: claimIds } }, select: publicClaimSelect });
  const byId = new Map(rows.flatMap((row) => fromPublicClaimRow(row) ?? []).map((claim) => [claim.id, claim]));
  return claimIds.flatMap((id) => byId.get(id) ?? []);
}
