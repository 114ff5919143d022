import { Prisma } from '@/lib/generated/prisma/client';

// The markers a claim's search document carries (migration published_claim_search), at weight D, where no text
// is: "ent", "top" or "src" and the id of an entity the claim is about or by, one of its topics, or a source it
// cites, without hyphens.

const prefixes = { entity: 'ent', topic: 'top', source: 'src' } as const;

/** A tsquery matching a document that carries any of these markers. */
export function documentMarkers(kind: keyof typeof prefixes, ids: string[]) {
  return Prisma.sql`${ids.map((id) => `${prefixes[kind]}${id.replaceAll('-', '')}:D`).join(' | ')}::tsquery`;
}
