import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { keysetPage } from './cursor';
import type { pageQuery } from './public-query-schema';
import { entityInPublishedUse } from './reference-lists';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

async function readPublicEntities(query: z.infer<typeof pageQuery>) {
  const { rows, nextCursor } = await keysetPage(
    (page) =>
      db.entity.findMany({
        ...page,
        where: {
          AND: [
            entityInPublishedUse,
            page.where,
          ],
        },
        select: { id: true, slug: true, name: true, kind: true, description: true, aliases: { orderBy: { alias: 'asc' }, select: { alias: true } } },
      }),
    query,
  );
  return { data: rows.map(({ aliases, ...entity }) => ({ ...entity, aliases: aliases.map(({ alias }) => alias) })), nextCursor };
}

export const listPublicEntities = cachedPublicRead('listPublicEntities', readPublicEntities);
