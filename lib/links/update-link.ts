import 'server-only';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError, fromPrismaError, notFound, parseInput } from '@/lib/errors';
import { assertSubmittable } from '@/lib/claims/workflow';
import { version } from '@/lib/validation/fields';
import { linkIdSchema, updateLinkSchema } from './link-schema';
import { getLinkState, type LinkState } from './link-state';

const staleMessage = 'Someone saved this link after you opened it. Compare, then apply your edit again.';

/** A new version of the link's note and resolution; a draft again, the approved version staying public. */
export async function updateLink(actor: Actor | null, linkId: string, input: unknown) {
  const editor = authorize(actor, 'link:write');
  const edit = parseInput(updateLinkSchema, input);
  return reviseLink(editor, linkId, edit.version, 'link.update', async (tx, before) => {
    const next = before.version + 1;
    const created = await tx.claimLinkVersion.create({
      data: {
        linkId,
        version: next,
        note: edit.note ?? before.note,
        resolution: edit.resolution ?? before.resolution,
        resolutionNote: edit.resolutionNote ?? before.resolutionNote,
        editedById: editor.id,
      },
      select: { id: true },
    });
    return { version: next, currentVersionId: created.id, status: 'DRAFT' as const };
  });
}

/** Sends the link's current version to the review queue. */
export async function submitLink(actor: Actor | null, linkId: string, input: unknown) {
  const editor = authorize(actor, 'link:write');
  const { version: expected } = parseInput(z.object({ version }), input);
  return reviseLink(editor, linkId, expected, 'link.submit', async (_tx, before) => {
    assertSubmittable(before.status);
    return { status: 'IN_REVIEW' as const };
  });
}

async function reviseLink(
  editor: Actor,
  linkId: string,
  expected: number,
  action: string,
  change: (tx: Prisma.TransactionClient, before: LinkState) => Promise<{ version?: number; currentVersionId?: string; status: 'DRAFT' | 'IN_REVIEW' }>,
) {
  if (!linkIdSchema.safeParse(linkId).success) throw notFound('Link');
  try {
    return await db.$transaction(async (tx) => {
      const before = await getLinkState(tx, linkId);
      if (!before) throw notFound('Link');
      if (before.status === 'RETRACTED') throw new AppError('CONFLICT', 'This link was retracted and is closed.');
      if (before.version !== expected) throw new AppError('CONFLICT', staleMessage, {}, { current: before });
      const data = await change(tx, before);
      const { count } = await tx.claimLink.updateMany({ where: { id: linkId, version: expected }, data });
      if (!count) throw new AppError('CONFLICT', staleMessage, {}, { current: await getLinkState(tx, linkId) });
      const after = (await getLinkState(tx, linkId))!;
      await writeAudit(tx, { actorId: editor.id, action, targetType: 'ClaimLink', targetId: linkId, before, after });
      return after;
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const mapped = fromPrismaError(error, staleMessage);
    throw mapped instanceof AppError ? new AppError('CONFLICT', staleMessage, {}, { current: await getLinkState(db, linkId) }) : mapped;
  }
}
