import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, fromPrismaError, notFound, parseInput } from '@/lib/errors';
import { uuid } from '@/lib/validation/fields';
import { createClaimSchema } from './claim-schema';
import { assertReferencesExist, contentInputOf, getClaimState, writeClaimVersion, type ClaimState } from './claim-state';

export const staleMessage = 'Someone saved this claim after you opened it. Compare, then apply your edit again.';

/** Every edit of a claim goes through here: the claim must still be at `expectedVersion`; `change` turns the
 *  current content (as input) into the next; the result is validated whole and saved as a new version, a
 *  draft again. An approved version stays public until a reviewer approves the new one. */
export async function reviseClaim(
  editor: Actor,
  claimId: string,
  expectedVersion: number,
  change: (current: Record<string, unknown>, state: ClaimState) => Record<string, unknown>,
  action: string,
) {
  if (!uuid.safeParse(claimId).success) throw notFound('Claim');
  try {
    return await db.$transaction(async (tx) => {
      const before = await getClaimState(tx, claimId);
      if (!before) throw notFound('Claim');
      if (before.status === 'RETRACTED') throw new AppError('CONFLICT', 'This claim was retracted and is closed; record a new claim instead.');
      if (before.version !== expectedVersion) throw new AppError('CONFLICT', staleMessage, {}, { current: before });
      const content = parseInput(createClaimSchema, change(contentInputOf(before), before));
      await assertReferencesExist(tx, content);
      const next = expectedVersion + 1;
      const version = await writeClaimVersion(tx, claimId, next, content, editor.id);
      const { count } = await tx.claim.updateMany({
        where: { id: claimId, version: expectedVersion },
        data: { version: next, currentVersionId: version.id, status: 'DRAFT' },
      });
      if (!count) throw new AppError('CONFLICT', staleMessage);
      const after = (await getClaimState(tx, claimId))!;
      await writeAudit(tx, { actorId: editor.id, action, targetType: 'Claim', targetId: claimId, before, after });
      return after;
    });
  } catch (error) {
    // Two edits from one version race to write the same version number: the loser gets the conflict.
    throw error instanceof AppError ? error : fromPrismaError(error, staleMessage);
  }
}
