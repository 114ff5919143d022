import 'server-only';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { AppError, notFound, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { uuid, version } from '@/lib/validation/fields';
import { getClaimState } from './claim-state';
import { inClaimTransaction, staleMessage } from './revise-claim';
import { assertSubmittable } from './workflow';

/** Sends the current version to the review queue. */
export async function submitClaim(actor: Actor | null, claimId: string, input: unknown) {
  const editor = authorize(actor, 'claim:write');
  const { version: expected } = parseInput(z.object({ version }), input);
  if (!uuid.safeParse(claimId).success) throw notFound('Claim');
  return inClaimTransaction(claimId, (tx) => submitClaimInTx(tx, editor, claimId, expected));
}

export async function submitClaimInTx(tx: Prisma.TransactionClient, editor: Actor, claimId: string, expected: number) {
  const before = await getClaimState(tx, claimId);
  if (!before) throw notFound('Claim');
  if (before.version !== expected) throw new AppError('CONFLICT', staleMessage, {}, { current: before });
  assertSubmittable(before.status);
  if (before.citations.length === 0) {
    throw new AppError('INVALID', 'Add at least one citation with its quote before submitting', { citations: ['A claim needs a source'] });
  }
  const { count } = await tx.claim.updateMany({ where: { id: claimId, version: expected, status: before.status }, data: { status: 'IN_REVIEW' } });
  if (!count) throw new AppError('CONFLICT', staleMessage, {}, { current: await getClaimState(tx, claimId) });
  const after = (await getClaimState(tx, claimId))!;
  await writeAudit(tx, {
    actorId: editor.id,
    action: 'claim.submit',
    targetType: 'Claim',
    targetId: claimId,
    before: { status: before.status },
    after: { status: after.status, version: after.version },
  });
  return after;
}
