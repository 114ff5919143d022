import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, fromPrismaError, notFound, parseInput } from '@/lib/errors';
import { presentFields, uuid } from '@/lib/validation/fields';
import { aliasRow, aliasRows, entityResponseSelect, hasAlias, slugTakenError, staleEntityMessage } from './entity-rules';
import { updateEntitySchema } from './entity-schema';
import { publishedRecordChanged } from '@/lib/public-site/published-cache';

const editable = ['name', 'slug', 'kind', 'description'] as const;

/** Applies the fields sent, if the entity is still at the version the edit started from. Sending `aliases`
 *  replaces the whole list (alias rows are not history; the audit row keeps the list as it was). */
export async function updateEntity(actor: Actor | null, id: string, input: unknown) {
  const editor = authorize(actor, 'entity:write');
  if (!uuid.safeParse(id).success) throw notFound('Entity');
  const parsed = parseInput(updateEntitySchema, input);
  const { name, slug, kind, description } = presentFields(input, parsed, editable);
  for (const [field, value] of [['name', name], ['kind', kind]] as const) {
    if (value === null) throw new AppError('INVALID', `${field} cannot be removed`, { [field]: ['Required'] });
  }
  try {
    const updated = await db.$transaction(async (tx) => {
      const before = await tx.entity.findUnique({ where: { id }, select: entityResponseSelect });
      if (!before) throw notFound('Entity');
      if (before.version !== parsed.version) throw new AppError('CONFLICT', staleEntityMessage, {}, { current: before });
      if (slug && slug !== before.slug) {
        const existing = await tx.entity.findUnique({ where: { slug }, select: { id: true, name: true } });
        if (existing) throw slugTakenError(existing);
      }
      // The version in the where clause makes a concurrent save lose cleanly instead of overwriting. A blank
      // slug keeps the current one: it is an address others may have linked to.
      const { count } = await tx.entity.updateMany({
        where: { id, version: parsed.version },
        data: { name: name ?? undefined, slug: slug ?? undefined, kind: kind ?? undefined, description: description ?? undefined, version: { increment: 1 } },
      });
      if (!count) throw new AppError('CONFLICT', staleEntityMessage);
      const currentName = name ?? before.name;
      if (parsed.aliases) {
        await tx.entityAlias.deleteMany({ where: { entityId: id } });
        await tx.entityAlias.createMany({ data: aliasRows(currentName, parsed.aliases).map((row) => ({ ...row, entityId: id })) });
      } else if (!hasAlias(before.aliases, currentName)) {
        // Renamed without a new alias list: the old name stays an alias and the new one joins it.
        await tx.entityAlias.create({ data: { ...aliasRow({ alias: currentName }), entityId: id } });
      }
      const after = await tx.entity.findUniqueOrThrow({ where: { id }, select: entityResponseSelect });
      await writeAudit(tx, { actorId: editor.id, action: 'entity.update', targetType: 'Entity', targetId: id, before, after });
      return after;
    });
    // Sources and entities are not reviewed: a correction shows on the public pages at once.
    publishedRecordChanged();
    return updated;
  } catch (error) {
    throw error instanceof AppError ? error : fromPrismaError(error, 'Another entity took this slug a moment ago; save again');
  }
}
