import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, fromPrismaError, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { createLinkSchema, linkKindLabel } from './link-schema';
import { getLinkState } from './link-state';

const duplicateMessage = (kind: keyof typeof linkKindLabel) => `These two claims are already linked: one ${linkKindLabel[kind]} the other`;

/** "Claim A <kind> claim B", as a draft with its first version. One link per pair of claims and kind. */
export async function createLink(actor: Actor | null, input: unknown) {
  const editor = authorize(actor, 'link:write');
  const link = parseInput(createLinkSchema, input);
  try {
    return await db.$transaction((tx) => createLinkInTx(tx, editor, link));
  } catch (error) {
    throw error instanceof AppError ? error : fromPrismaError(error, duplicateMessage(link.kind));
  }
}

export async function createLinkInTx(tx: Prisma.TransactionClient, editor: Actor, input: unknown) {
  const link = parseInput(createLinkSchema, input);
  const claims = await tx.claim.findMany({ where: { id: { in: [link.claimAId, link.claimBId] } }, select: { id: true } });
  const found = new Set(claims.map((claim) => claim.id));
  const fields = Object.fromEntries((['claimAId', 'claimBId'] as const).filter((field) => !found.has(link[field])).map((field) => [field, ['No such claim']]));
  if (Object.keys(fields).length) throw new AppError('INVALID', 'The link names a claim that is not on record', fields);
  const [pairLow, pairHigh] = [link.claimAId, link.claimBId].sort();
  // The unique index is the guarantee; looking first gives the usual case a clear message.
  if (await tx.claimLink.findFirst({ where: { pairLow, pairHigh, kind: link.kind }, select: { id: true } })) {
    throw new AppError('CONFLICT', duplicateMessage(link.kind));
  }
  const created = await tx.claimLink.create({
    data: { claimAId: link.claimAId, claimBId: link.claimBId, pairLow, pairHigh, kind: link.kind, createdById: editor.id },
    select: { id: true },
  });
  const version = await tx.claimLinkVersion.create({
    data: { linkId: created.id, version: 1, note: link.note, resolution: link.resolution, resolutionNote: link.resolutionNote, editedById: editor.id },
    select: { id: true },
  });
  await tx.claimLink.update({ where: { id: created.id }, data: { currentVersionId: version.id } });
  const state = (await getLinkState(tx, created.id))!;
  await writeAudit(tx, { actorId: editor.id, action: 'link.create', targetType: 'ClaimLink', targetId: created.id, after: state });
  return state;
}
