import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, fromPrismaError, notFound, parseInput } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { dayString, uuid, version } from '@/lib/validation/fields';
import { z } from 'zod';
import { canonicalUrl } from './canonical-url';
import { assertDerivationAllowed, duplicateUrlError, sourceResponseSelect } from './source-rules';
import { createSourceSchema, sourceFieldNames } from './source-schema';
import { publishedRecordChanged } from '@/lib/public-site/published-cache';

const staleMessage = 'Someone saved this source after you opened it. Compare, then apply your edit again.';

/** Applies the fields sent onto the source (blank or null clears an optional one), if it is still at the
 *  version the edit started from. The result is validated whole, as a new source would be. */
export async function updateSource(actor: Actor | null, id: string, input: unknown) {
  const editor = authorize(actor, 'source:write');
  if (!uuid.safeParse(id).success) throw notFound('Source');
  const { version: expected } = parseInput(z.object({ version }), input);
  const sent = input as Record<string, unknown>;
  try {
    const updated = await db.$transaction(async (tx) => {
      const before = await tx.source.findUnique({ where: { id }, select: { ...sourceResponseSelect, snapshot: true } });
      if (!before) throw notFound('Source');
      const { snapshot: previousSnapshot, ...beforeResponse } = before;
      if (before.version !== expected) throw new AppError('CONFLICT', staleMessage, {}, { current: beforeResponse });
      const merged = { ...asInput(before), ...Object.fromEntries(sourceFieldNames.filter((field) => field in sent).map((field) => [field, sent[field]])) };
      const fields = parseInput(createSourceSchema, merged);
      const url = fields.url ? canonicalUrl(fields.url) : null;
      if (url && url !== before.url) {
        const existing = await tx.source.findUnique({ where: { url }, select: { id: true, title: true } });
        if (existing) throw duplicateUrlError(existing);
      }
      if (fields.derivedFromId) await assertDerivationAllowed(tx, id, fields.derivedFromId);
      const data: Prisma.SourceUncheckedUpdateManyInput = Object.fromEntries(sourceFieldNames.map((field) => [field, fields[field] ?? null]));
      data.url = url;
      if ((fields.snapshot ?? null) !== previousSnapshot) data.snapshotTakenAt = fields.snapshot ? new Date() : null;
      // The version in the where clause makes a concurrent save lose cleanly instead of overwriting.
      const { count } = await tx.source.updateMany({ where: { id, version: expected }, data: { ...data, version: { increment: 1 } } });
      if (!count) throw new AppError('CONFLICT', staleMessage, {}, { current: await tx.source.findUnique({ where: { id }, select: sourceResponseSelect }) });
      const after = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceResponseSelect });
      await writeAudit(tx, { actorId: editor.id, action: 'source.update', targetType: 'Source', targetId: id, before: beforeResponse, after });
      return after;
    });
    // Sources and entities are not reviewed: a correction shows on the public pages at once.
    publishedRecordChanged();
    return updated;
  } catch (error) {
    throw error instanceof AppError ? error : fromPrismaError(error, 'A source with this URL already exists');
  }
}

function asInput(source: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, value instanceof Date ? dayString(value) : value]));
}
