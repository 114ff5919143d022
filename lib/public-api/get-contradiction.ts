import 'server-only';
import { isUuid } from '@/lib/claims/get-published-claim';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { contradictionSelect, isPublicContradiction, toContradictionJson } from './contradiction-json';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One contradiction, if it and both its claims are published; otherwise not found, guessed id or not. */
async function readContradiction(id: string, origin: string) {
  const link = isUuid(id)
    ? await db.claimLink.findFirst({ where: { id: id.toLowerCase(), ...isPublicContradiction }, select: contradictionSelect })
    : null;
  const json = link && toContradictionJson(link, origin);
  if (!json) throw notFound('Contradiction');
  return { data: json };
}

export const getContradiction = cachedPublicRead('getContradiction', readContradiction);
