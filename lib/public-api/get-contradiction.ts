import 'server-only';
import { isUuid } from '@/lib/claims/get-published-claim';
import { notFound } from '@/lib/errors';
import { contradictionTexts } from './list-contradictions';
import { cachedPublicRead } from '@/lib/public-site/published-cache';

/** One contradiction as the API's JSON text, exactly as the list gives it, if it and both its claims are
 *  published; otherwise not found, guessed id or not. Read through Prisma's select, with both claims built from
 *  their rows, it ran at 0.35 of the benchmark's ceiling (100,000 claims). */
async function readContradiction(id: string, origin: string): Promise<string> {
  const [text] = isUuid(id) ? await contradictionTexts([id.toLowerCase()], origin) : [];
  if (!text) throw notFound('Contradiction');
  return `{"data":${text}}`;
}

export const getContradiction = cachedPublicRead('getContradiction', readContradiction);
