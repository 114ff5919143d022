import 'server-only';
import type { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import { readKeysetPage } from './keyset-page';
import type { pageQuery } from './public-query-schema';
import { publicSourceColumnsSql, sourceInPublishedUseSql, type PublicSource } from './reference-lists';
import { day } from './to-claim-json';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One page of the sources published claims cite, in id order, found by walking the sources and looking each one up
 *  in its index of published claims. */
async function readPublicSources(query: z.infer<typeof pageQuery>) {
  const { page, nextCursor } = await readKeysetPage<PublicSource>(
    { select: Prisma.sql`SELECT ${publicSourceColumnsSql} FROM "public"."Source" s`, alias: 's', where: sourceInPublishedUseSql },
    query,
  );
  return {
    data: page.map((source) => ({ ...source, publishedAt: day(source.publishedAt), correctedAt: day(source.correctedAt) })),
    nextCursor,
  };
}

export const listPublicSources = cachedPublicRead('listPublicSources', readPublicSources);
