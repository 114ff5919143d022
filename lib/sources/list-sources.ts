import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { firstValues, type QueryValue } from '@/lib/http/query-values';
import { optional, text } from '@/lib/validation/fields';
import { sourceGradeValues, sourceKinds } from './source-schema';

export const sourceFilterSchema = z.object({
  q: optional(text().trim().max(200)),
  kind: optional(z.enum(sourceKinds)),
  grade: optional(z.enum(sourceGradeValues)),
  publisher: optional(text().trim().max(200)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type SourceFilter = z.infer<typeof sourceFilterSchema>;
const pageSize = 50;

/** The desk's source list: search over title, publisher and author, with filters. Unknown filter values are
 *  ignored rather than failing the page. */
export async function listSources(rawFilter: Record<string, QueryValue>) {
  const parsed = sourceFilterSchema.safeParse(firstValues(rawFilter));
  const filter: SourceFilter = parsed.success ? parsed.data : { page: 1 };
  const where: Prisma.SourceWhereInput = {
    kind: filter.kind,
    grade: filter.grade,
    publisher: filter.publisher ? { contains: filter.publisher, mode: 'insensitive' } : undefined,
    OR: filter.q
      ? [
          { title: { contains: filter.q, mode: 'insensitive' } },
          { publisher: { contains: filter.q, mode: 'insensitive' } },
          { author: { contains: filter.q, mode: 'insensitive' } },
          { url: { contains: filter.q, mode: 'insensitive' } },
        ]
      : undefined,
  };
  const [sources, total] = await Promise.all([
    db.source.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        title: true,
        url: true,
        publisher: true,
        publishedAt: true,
        kind: true,
        grade: true,
        derivedFrom: { select: { id: true, title: true } },
        _count: { select: { citations: true } },
      },
    }),
    db.source.count({ where }),
  ]);
  return { sources, total, filter, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function getDeskSource(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  return db.source.findUnique({
    where: { id },
    include: {
      derivedFrom: { select: { id: true, title: true, publisher: true } },
      derivatives: { select: { id: true, title: true, publisher: true } },
      createdBy: { select: { name: true } },
    },
  });
}

/** For pickers: sources whose title, publisher or URL contain the text. */
export function searchSources(text: string, take = 10) {
  const q = text.trim().slice(0, 200);
  if (!q) return Promise.resolve([]);
  return db.source.findMany({
    where: {
      OR: [
        { title: { contains: q, mode: 'insensitive' } },
        { publisher: { contains: q, mode: 'insensitive' } },
        { url: { contains: q, mode: 'insensitive' } },
      ],
    },
    orderBy: { updatedAt: 'desc' },
    take,
    select: { id: true, title: true, publisher: true, grade: true, url: true },
  });
}
