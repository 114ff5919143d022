import 'server-only';
import type { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import { readKeysetPage } from './keyset-page';
import type { pageQuery } from './public-query-schema';
import { topicInPublishedUseSql } from './reference-lists';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One page of the topics published claims are filed under, in id order, found as the sources' are. */
async function readPublicTopics(query: z.infer<typeof pageQuery>) {
  const { page, nextCursor } = await readKeysetPage<{ id: string; slug: string; title: string; summary: string }>(
    { select: Prisma.sql`SELECT t.id, t.slug, t.title, t.summary FROM "public"."Topic" t`, alias: 't', where: topicInPublishedUseSql },
    query,
  );
  return { data: page, nextCursor };
}

export const listPublicTopics = cachedPublicRead('listPublicTopics', readPublicTopics);
