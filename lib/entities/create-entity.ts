import 'server-only';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError, fromPrismaError, parseInput } from '@/lib/errors';
import { aliasRows, entityResponseSelect, resolveSlug } from './entity-rules';
import { createEntitySchema } from './entity-schema';

export async function createEntity(actor: Actor | null, input: unknown) {
  const editor = authorize(actor, 'entity:write');
  const { aliases, slug: requestedSlug, ...fields } = parseInput(createEntitySchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const slug = await resolveSlug(tx, fields.name, requestedSlug);
      const entity = await tx.entity.create({
        data: { ...fields, slug, createdById: editor.id, aliases: { create: aliasRows(fields.name, aliases) } },
        select: entityResponseSelect,
      });
      await writeAudit(tx, { actorId: editor.id, action: 'entity.create', targetType: 'Entity', targetId: entity.id, after: entity });
      return entity;
    });
  } catch (error) {
    // Two saves deriving the same slug at once: the loser is told to try again rather than given a 500.
    throw error instanceof AppError ? error : fromPrismaError(error, 'Another entity took this slug a moment ago; save again');
  }
}
