import 'server-only';
import { db } from '@/lib/db';
import { Prisma, type EntityKind } from '@/lib/generated/prisma/client';
import { nameMatchKey, normalizeName } from './normalize-name';

export type EntityMatch = { id: string; name: string; slug: string; kind: EntityKind; matchedAlias: string };

/**
 * The entity picker: finds entities by any alias, whatever the transliteration, best first.
 *  1. an alias equal to the text, ignoring case ("AQIM");
 *  2. an alias with the same matchKey ("al-Asemi" → al-Assimi), then one whose key contains the text's key as
 *     whole words ("Zawahri" → Ayman al-Zawahiri);
 *  3. trigram similarity of the normalized spellings (pg_trgm, served by the GIN index);
 *  4. a normalized alias that starts with, then contains, the normalized text.
 * Within a rank the closer spelling wins. One row per entity, with the alias that matched best.
 */
export async function searchEntities(text: string, take = 10): Promise<EntityMatch[]> {
  const raw = text.trim().replace(/\s+/g, ' ').slice(0, 200);
  if (!raw) return [];
  const normalized = normalizeName(raw);
  const key = nameMatchKey(raw);
  // Names stored before aliases carried the name (the demo record's) are still found by name, on rank 1 and 4.
  return db.$queryRaw<EntityMatch[]>(Prisma.sql`
    WITH q AS (SELECT ${raw}::text AS raw, ${normalized}::text AS norm, ${key}::text AS key),
    candidate AS (
      SELECT a."entityId", a.alias, a.normalized, a."matchKey"
      FROM "EntityAlias" a, q
      WHERE lower(a.alias) = lower(q.raw)
         OR (q.key <> '' AND (a."matchKey" = q.key OR strpos(' ' || a."matchKey" || ' ', ' ' || q.key || ' ') > 0))
         OR (q.norm <> '' AND (a.normalized % q.norm OR q.norm <% a.normalized OR strpos(a.normalized, q.norm) > 0))
      UNION ALL
      SELECT e.id, e.name, lower(e.name), NULL
      FROM "Entity" e, q
      WHERE lower(e.name) = lower(q.raw) OR (q.norm <> '' AND strpos(lower(e.name), q.norm) > 0)
    ),
    scored AS (
      SELECT c."entityId", c.alias,
        CASE
          WHEN lower(c.alias) = lower(q.raw) THEN 1
          WHEN q.key <> '' AND c."matchKey" = q.key THEN 2
          WHEN q.key <> '' AND strpos(' ' || c."matchKey" || ' ', ' ' || q.key || ' ') > 0 THEN 3
          WHEN q.norm <> '' AND (c.normalized % q.norm OR q.norm <% c.normalized) THEN 4
          WHEN q.norm <> '' AND starts_with(c.normalized, q.norm) THEN 5
          ELSE 6
        END AS rank,
        CASE WHEN q.norm = '' THEN 0 ELSE greatest(similarity(c.normalized, q.norm), word_similarity(q.norm, c.normalized)) END AS score
      FROM candidate c, q
    ),
    best AS (
      SELECT DISTINCT ON ("entityId") "entityId", alias, rank, score
      FROM scored
      ORDER BY "entityId", rank, score DESC, length(alias), alias
    )
    SELECT e.id, e.name, e.slug, e.kind::text AS kind, best.alias AS "matchedAlias"
    FROM best JOIN "Entity" e ON e.id = best."entityId"
    ORDER BY best.rank, best.score DESC, e.name, e.id
    LIMIT ${Math.max(1, Math.min(take, 100))}::int
  `);
}
