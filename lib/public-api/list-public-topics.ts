import 'server-only';
import type { z } from 'zod';
import { readRows } from '@/lib/db';
import { rowLimit } from '@/lib/database/row-limit';
import { Prisma } from '@/lib/generated/prisma/client';
import { splitPage } from './cursor';
import type { pageQuery } from './public-query-schema';
import { topicInPublishedUseSql } from './reference-lists';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One page of the topics published claims are filed under, in id order, found as the sources' are
 *  (list-public-sources.ts says why by hand). */
async function readPublicTopics(query: z.infer<typeof pageQuery>) {
  const found = await readRows<{ id: string; slug: string; title: string; summary: string }>(Prisma.sql`
    SELECT t.id, t.slug, t.title, t.summary FROM "public"."Topic" t
    WHERE ${query.cursor ? Prisma.sql`t.id > ${query.cursor}::uuid AND` : Prisma.empty}
      ${topicInPublishedUseSql}
    ORDER BY t.id LIMIT ${rowLimit(query.limit + 1)}`);
  const { page, nextCursor } = splitPage(found, query.limit);
  return { data: page, nextCursor };
}

export const listPublicTopics = cachedPublicRead('listPublicTopics', readPublicTopics);
