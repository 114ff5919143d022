import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { readKeysetPage } from './keyset-page';
import { entityInPublishedUseSql } from './reference-lists';
import type { pageQuery } from './public-query-schema';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One page of the entities published claims name, in id order. The page is found by walking the entities and
 *  looking each one up in its index of published claims (entityInPublishedUseSql). */
async function readPublicEntities(query: z.infer<typeof pageQuery>) {
  const { page, nextCursor } = await readKeysetPage<{ id: string }>(
    { select: Prisma.sql`SELECT e.id FROM "public"."Entity" e`, alias: 'e', where: entityInPublishedUseSql },
    query,
  );
  const entities = await db.entity.findMany({
    where: { id: { in: page.map((row) => row.id) } },
    orderBy: { id: 'asc' },
    select: { id: true, slug: true, name: true, kind: true, description: true, aliases: { orderBy: { alias: 'asc' }, select: { alias: true } } },
  });
  const data = entities.map(({ aliases, ...entity }) => ({ ...entity, aliases: aliases.map(({ alias }) => alias) }));
  return { data, nextCursor };
}

export const listPublicEntities = cachedPublicRead('listPublicEntities', readPublicEntities);
