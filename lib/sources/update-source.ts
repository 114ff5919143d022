import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError, fromPrismaError, notFound, parseInput } from '@/lib/errors';
import { presentFields, uuid } from '@/lib/validation/fields';
import { canonicalUrl } from './canonical-url';
import { assertDerivationAllowed, duplicateUrlError, sourceResponseSelect } from './source-rules';
import { updateSourceSchema } from './source-schema';

const editable = [
  'title', 'url', 'archiveUrl', 'publisher', 'author', 'publishedAt', 'accessedAt', 'kind', 'language', 'grade',
  'gradeNote', 'snapshot', 'derivedFromId', 'correctionKind', 'correctedAt', 'correctionNote',
] as const;

/** Applies the fields sent, if the source is still at the version the edit started from. */
export async function updateSource(actor: Actor | null, id: string, input: unknown) {
  const editor = authorize(actor, 'source:write');
  if (!uuid.safeParse(id).success) throw notFound('Source');
  const parsed = parseInput(updateSourceSchema, input);
  const data = presentFields(input, parsed, editable);
  if (typeof data.url === 'string') data.url = canonicalUrl(data.url);
  for (const required of ['title', 'publisher', 'kind', 'grade'] as const) {
    if (required in data && data[required] === null) throw new AppError('INVALID', `${required} cannot be removed`, { [required]: ['Required'] });
  }
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.source.findUnique({ where: { id }, select: sourceResponseSelect });
      if (!before) throw notFound('Source');
      if (before.version !== parsed.version) {
        throw new AppError('CONFLICT', 'Someone saved this source after you opened it. Compare, then apply your edit again.', {}, { current: before });
      }
      if (typeof data.url === 'string' && data.url !== before.url) {
        const existing = await tx.source.findUnique({ where: { url: data.url }, select: { id: true, title: true } });
        if (existing) throw duplicateUrlError(existing);
      }
      if (typeof data.derivedFromId === 'string') await assertDerivationAllowed(tx, id, data.derivedFromId);
      // The version in the where clause makes a concurrent save lose cleanly instead of overwriting.
      const { count } = await tx.source.updateMany({
        where: { id, version: parsed.version },
        data: { ...(data as Prisma.SourceUncheckedUpdateManyInput), version: { increment: 1 } },
      });
      if (!count) throw new AppError('CONFLICT', 'Someone saved this source after you opened it. Compare, then apply your edit again.');
      const after = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceResponseSelect });
      await writeAudit(tx, { actorId: editor.id, action: 'source.update', targetType: 'Source', targetId: id, before, after });
      return after;
    });
  } catch (error) {
    throw error instanceof AppError ? error : fromPrismaError(error, 'A source with this URL already exists');
  }
}
