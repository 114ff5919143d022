import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { createClaimSchema, type ClaimContent } from './claim-schema';
import { assertReferencesExist, getClaimState, writeClaimVersion } from './claim-state';

/** A new claim, saved as a draft: version 1 with its citations and topics. */
export async function createClaim(actor: Actor | null, input: unknown) {
  const editor = authorize(actor, 'claim:write');
  return db.$transaction((tx) => createClaimInTx(tx, editor, input));
}

export async function createClaimInTx(tx: Prisma.TransactionClient, editor: Actor, input: unknown) {
  const content = newClaimContent(parseInput(createClaimSchema, input));
  await assertReferencesExist(tx, content);
  const claim = await tx.claim.create({ data: { authorId: editor.id }, select: { id: true } });
  const version = await writeClaimVersion(tx, claim.id, 1, content, editor.id);
  await tx.claim.update({ where: { id: claim.id }, data: { currentVersionId: version.id } });
  const state = (await getClaimState(tx, claim.id))!;
  await writeAudit(tx, { actorId: editor.id, action: 'claim.create', targetType: 'Claim', targetId: claim.id, after: state });
  return state;
}

/** A new claim's citations are new: ids the caller sent mean nothing yet. */
export function newClaimContent(content: ClaimContent): ClaimContent {
  return { ...content, citations: content.citations.map(({ id: _ignored, ...citation }) => citation) };
}
