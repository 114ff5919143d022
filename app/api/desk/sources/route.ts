import { db } from '@/lib/db';
import { deskLookup } from '@/lib/http/desk-lookup';
import { canonicalUrl } from '@/lib/sources/canonical-url';
import { searchSources } from '@/lib/sources/list-sources';
import { httpUrl } from '@/lib/validation/fields';

// ?q= for the source picker; ?url= to find a source already on record under that address.
export const GET = deskLookup(async (params) => {
  const url = params.get('url');
  if (url !== null) {
    if (!httpUrl.safeParse(url).success) return [];
    const existing = await db.source.findUnique({ where: { url: canonicalUrl(url) }, select: { id: true, title: true, publisher: true } });
    return existing ? [{ id: existing.id, label: existing.title, hint: existing.publisher }] : [];
  }
  const sources = await searchSources(params.get('q') ?? '');
  return sources.map((source) => ({ id: source.id, label: source.title, hint: `${source.publisher} · grade ${source.grade}` }));
});
