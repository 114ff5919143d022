import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import type { Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, fromPrismaError, notFound, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { uuid } from '@/lib/validation/fields';
import { createClaimSchema, type ClaimContent } from './claim-schema';
import { assertReferencesExist, contentInputOf, getClaimState, writeClaimVersion, type ClaimState } from './claim-state';

export const staleMessage = 'Someone saved this claim after you opened it. Compare, then apply your edit again.';

type Change = (current: Record<string, unknown>, state: ClaimState) => Record<string, unknown>;

/** Every edit of a claim goes through here: the claim must still be at `expectedVersion`; `change` turns the
 *  current content (as input) into the next; the result is validated whole and saved as a new version, a
 *  draft again. An approved version stays public until a reviewer approves the new one. An edit that changes
 *  nothing saves nothing. */
export async function reviseClaimInTx(tx: Prisma.TransactionClient, editor: Actor, claimId: string, expectedVersion: number, change: Change, action: string) {
  if (!uuid.safeParse(claimId).success) throw notFound('Claim');
  const before = await getClaimState(tx, claimId);
  if (!before) throw notFound('Claim');
  if (before.status === 'RETRACTED') throw new AppError('CONFLICT', 'This claim was retracted and is closed; record a new claim instead.');
  if (before.version !== expectedVersion) throw new AppError('CONFLICT', staleMessage, {}, { current: before });
  const content = parseInput(createClaimSchema, change(contentInputOf(before), before));
  assertCitationsKept(content, before);
  if (sameContent(content, parseInput(createClaimSchema, contentInputOf(before)))) return before;
  await assertReferencesExist(tx, content);
  const next = expectedVersion + 1;
  const version = await writeClaimVersion(tx, claimId, next, content, editor.id);
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version: expectedVersion },
    data: { version: next, currentVersionId: version.id, status: 'DRAFT' },
  });
  if (!count) throw new AppError('CONFLICT', staleMessage, {}, { current: await getClaimState(tx, claimId) });
  const after = (await getClaimState(tx, claimId))!;
  await writeAudit(tx, { actorId: editor.id, action, targetType: 'Claim', targetId: claimId, before, after });
  return after;
}

export async function reviseClaim(editor: Actor, claimId: string, expectedVersion: number, change: Change, action: string) {
  return inClaimTransaction(claimId, (tx) => reviseClaimInTx(tx, editor, claimId, expectedVersion, change, action));
}

/** Runs a claim's write in one transaction. Two edits from one version race to write the same version number;
 *  the database refuses the second, which then gets the conflict with the version that won. */
export async function inClaimTransaction<T>(claimId: string | null, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const mapped = fromPrismaError(error, staleMessage);
    if (mapped instanceof AppError && claimId) {
      throw new AppError('CONFLICT', staleMessage, {}, { current: await getClaimState(db, claimId) });
    }
    throw mapped;
  }
}

/** A citation id names a citation of the current version: one kept across the edit. */
function assertCitationsKept(content: ClaimContent, before: ClaimState) {
  const known = new Set(before.citations.map((citation) => citation.id));
  const seen = new Set<string>();
  const fields: Record<string, string[]> = {};
  content.citations.forEach((citation, index) => {
    if (!citation.id) return;
    if (!known.has(citation.id) || seen.has(citation.id)) fields[`citations.${index}.id`] = ['Not a citation of this claim'];
    seen.add(citation.id);
  });
  if (Object.keys(fields).length) throw new AppError('INVALID', 'A citation does not belong to this claim', fields);
}

function sameContent(a: ClaimContent, b: ClaimContent) {
  const normal = (content: ClaimContent) => JSON.stringify({ ...content, topicIds: [...new Set(content.topicIds)].sort() });
  return normal(a) === normal(b);
}
