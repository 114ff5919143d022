import 'server-only';
import type { z } from 'zod';
import { db, readRows } from '@/lib/db';
import { rowLimit } from '@/lib/database/row-limit';
import { Prisma } from '@/lib/generated/prisma/client';
import { splitPage } from './cursor';
import { entityInPublishedUseSql } from './reference-lists';
import type { pageQuery } from './public-query-schema';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One page of the entities published claims name, in id order. The page is found by walking the entities and
 *  looking each one up in its index of published claims (entityInPublishedUseSql). */
async function readPublicEntities(query: z.infer<typeof pageQuery>) {
  const found = await readRows<{ id: string }>(Prisma.sql`
    SELECT e.id FROM "public"."Entity" e
    WHERE ${query.cursor ? Prisma.sql`e.id > ${query.cursor}::uuid AND` : Prisma.empty}
      ${entityInPublishedUseSql}
    ORDER BY e.id LIMIT ${rowLimit(query.limit + 1)}`);
  const { page, nextCursor } = splitPage(found, query.limit);
  const entities = await db.entity.findMany({
    where: { id: { in: page.map((row) => row.id) } },
    orderBy: { id: 'asc' },
    select: { id: true, slug: true, name: true, kind: true, description: true, aliases: { orderBy: { alias: 'asc' }, select: { alias: true } } },
  });
  const data = entities.map(({ aliases, ...entity }) => ({ ...entity, aliases: aliases.map(({ alias }) => alias) }));
  return { data, nextCursor };
}

export const listPublicEntities = cachedPublicRead('listPublicEntities', readPublicEntities);
