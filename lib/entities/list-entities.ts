import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { firstValues, type QueryValue } from '@/lib/http/query-values';
import { optional, text } from '@/lib/validation/fields';
import { searchEntities } from './search-entities';

export const entityFilterSchema = z.object({
  q: optional(text().trim().max(200)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type EntityFilter = z.infer<typeof entityFilterSchema>;
const pageSize = 50;

const listSelect = { id: true, name: true, slug: true, kind: true, _count: { select: { aliases: true } } } as const;

/** The desk's entity list: alphabetical, or with `q` the picker's matches in the picker's order (one page). */
export async function listEntities(rawFilter: Record<string, QueryValue>) {
  const parsed = entityFilterSchema.safeParse(firstValues(rawFilter));
  const filter: EntityFilter = parsed.success ? parsed.data : { page: 1 };
  if (filter.q) {
    const matches = await searchEntities(filter.q, pageSize);
    const rows = await db.entity.findMany({ where: { id: { in: matches.map((match) => match.id) } }, select: listSelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const entities = matches.flatMap((match) => {
      const row = byId.get(match.id);
      return row ? [{ ...row, matchedAlias: match.matchedAlias }] : [];
    });
    return { entities, total: entities.length, filter: { ...filter, page: 1 }, pageCount: 1 };
  }
  const [entities, total] = await Promise.all([
    db.entity.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: (filter.page - 1) * pageSize, take: pageSize, select: listSelect }),
    db.entity.count(),
  ]);
  return {
    entities: entities.map((entity) => ({ ...entity, matchedAlias: null as string | null })),
    total,
    filter,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export async function getDeskEntity(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  return db.entity.findUnique({
    where: { id },
    include: {
      aliases: { select: { alias: true, validFrom: true, validTo: true, note: true }, orderBy: { alias: 'asc' } },
      createdBy: { select: { name: true } },
    },
  });
}
