import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, fromPrismaError, parseInput } from '@/lib/errors';
import { canonicalUrl } from './canonical-url';
import { assertDerivationAllowed, duplicateUrlError, sourceResponseSelect } from './source-rules';
import { createSourceSchema } from './source-schema';

export async function createSource(actor: Actor | null, input: unknown) {
  const editor = authorize(actor, 'source:write');
  const fields = parseInput(createSourceSchema, input);
  const url = fields.url ? canonicalUrl(fields.url) : undefined;
  try {
    return await db.$transaction(async (tx) => {
      if (url) {
        const existing = await tx.source.findUnique({ where: { url }, select: { id: true, title: true } });
        if (existing) throw duplicateUrlError(existing);
      }
      if (fields.derivedFromId) await assertDerivationAllowed(tx, null, fields.derivedFromId);
      const source = await tx.source.create({
        data: { ...fields, url, snapshotTakenAt: fields.snapshot ? new Date() : null, createdById: editor.id },
        select: sourceResponseSelect,
      });
      await writeAudit(tx, { actorId: editor.id, action: 'source.create', targetType: 'Source', targetId: source.id, after: source });
      return source;
    });
  } catch (error) {
    throw error instanceof AppError ? error : fromPrismaError(error, 'A source with this URL already exists');
  }
}
