import 'server-only';
import type { z } from 'zod';
import { readRows } from '@/lib/db';
import { rowLimit } from '@/lib/database/row-limit';
import { Prisma } from '@/lib/generated/prisma/client';
import { splitPage } from './cursor';
import type { pageQuery } from './public-query-schema';
import { publicSourceColumnsSql, sourceInPublishedUseSql, type PublicSource } from './reference-lists';
import { day } from './to-claim-json';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One page of the sources published claims cite, in id order, found by walking the sources and looking each one up
 *  in its index of published claims. By hand, so that the page's size is written into the statement (rowLimit):
 *  Prisma sent it as a parameter, and Postgres planned the statement again for every page, 0.9 ms of its CPU a
 *  page (400 pages one after another, 100,000 claims). */
async function readPublicSources(query: z.infer<typeof pageQuery>) {
  const found = await readRows<PublicSource>(Prisma.sql`
    SELECT ${publicSourceColumnsSql} FROM "public"."Source" s
    WHERE ${query.cursor ? Prisma.sql`s.id > ${query.cursor}::uuid AND` : Prisma.empty}
      ${sourceInPublishedUseSql}
    ORDER BY s.id LIMIT ${rowLimit(query.limit + 1)}`);
  const { page, nextCursor } = splitPage(found, query.limit);
  return {
    data: page.map((source) => ({ ...source, publishedAt: day(source.publishedAt), correctedAt: day(source.correctedAt) })),
    nextCursor,
  };
}

export const listPublicSources = cachedPublicRead('listPublicSources', readPublicSources);
