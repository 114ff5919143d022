import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { keysetPage } from './cursor';
import type { pageQuery } from './public-query-schema';
import { topicInPublishedUse } from './reference-lists';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

async function readPublicTopics(query: z.infer<typeof pageQuery>) {
  return keysetPage(
    (page) =>
      db.topic.findMany({
        ...page,
        where: { AND: [topicInPublishedUse, page.where] },
        select: { id: true, slug: true, title: true, summary: true },
      }),
    query,
  ).then(({ rows, nextCursor }) => ({ data: rows, nextCursor }));
}

export const listPublicTopics = cachedPublicRead('listPublicTopics', readPublicTopics);
