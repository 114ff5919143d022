import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { keysetPage } from './cursor';
import type { pageQuery } from './public-query-schema';
import { publicSourceSelect, sourceInPublishedUse } from './reference-lists';
import { day } from './to-claim-json';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

async function readPublicSources(query: z.infer<typeof pageQuery>) {
  const { rows, nextCursor } = await keysetPage(
    (page) =>
      db.source.findMany({
        ...page,
        where: { AND: [sourceInPublishedUse, page.where] },
        select: publicSourceSelect,
      }),
    query,
  );
  return {
    data: rows.map((source) => ({ ...source, publishedAt: day(source.publishedAt), correctedAt: day(source.correctedAt) })),
    nextCursor,
  };
}

export const listPublicSources = cachedPublicRead('listPublicSources', readPublicSources);
