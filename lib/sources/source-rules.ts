import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { publicSourceSelect } from '@/lib/public-api/reference-lists';

/** What the desk and the write API see of a source: what a reader sees, and its bookkeeping. */
export const sourceResponseSelect = {
  ...publicSourceSelect,
  version: true,
  accessedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

/** The existing source is offered instead of a duplicate. */
export function duplicateUrlError(existing: { id: string; title: string }) {
  return new AppError('CONFLICT', `A source with this URL already exists: “${existing.title}”`, { url: ['This URL is already on record'] }, {
    existingSource: existing,
  });
}

/** A reporting chain must lead somewhere: the source it derives from exists and does not derive from this one. */
export async function assertDerivationAllowed(tx: Prisma.TransactionClient, sourceId: string | null, derivedFromId: string) {
  const seen = new Set<string>(sourceId ? [sourceId] : []);
  let next: string | null = derivedFromId;
  while (next) {
    if (seen.has(next)) {
      throw new AppError('INVALID', 'A source cannot derive from itself, directly or through others', {
        derivedFromId: ['This would make the reporting chain a loop'],
      });
    }
    seen.add(next);
    const origin: { derivedFromId: string | null } | null = await tx.source.findUnique({ where: { id: next }, select: { derivedFromId: true } });
    if (!origin) {
      if (next === derivedFromId) throw new AppError('INVALID', 'Unknown source', { derivedFromId: ['No such source'] });
      break;
    }
    next = origin.derivedFromId;
  }
}
