import { readRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { nameMatchKey, normalizeName } from '@/lib/entities/normalize-name';

// What a search term means before any claim is looked at: its words, which of them carry meaning (English
// stop words do not), and which entities each word or the whole term names in any spelling.

const maxWords = 8;
// A word names an entity when its consonant skeleton is one of an alias's words and it is spelled close to
// that alias word: "Zawahri" → "Ayman al-Zawahiri", while "Sara" (the skeleton of "Syria") does not.
const wordSimilarity = 0.6;
// The whole term names an entity when it is spelt like one of its aliases: "Abdelmalek Droukdal".
const termSimilarity = 0.6;
const minEntityWordLength = 4;

export type NamedEntity = { id: string; slug: string; name: string; spellings: string[] };
export type SearchWord = { text: string; entityIds: string[] };
export type InterpretedQuery = { words: SearchWord[]; ignoredWords: string[]; termEntityIds: string[]; entities: NamedEntity[] };

/** Words as a reader typed them, without surrounding punctuation or search-engine operators. */
export function splitWords(term: string): string[] {
  const words = term
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
  return [...new Set(words.map((word) => word.toLowerCase()))].slice(0, maxWords);
}

type AliasMatch = { entityId: string; alias: string; slug: string; name: string };
type WordMatch = { word: string; key: string; meaningful: boolean; aliases: AliasMatch[] };

const aliasWords = (alias: string) => alias.split(/[\s\-‐‑–—]+/).filter(Boolean);

/** An alias `a` of an entity `e`, as AliasMatch; both questions of interpretQuery answer with it. */
const aliasMatch = Prisma.sql`json_build_object('entityId', a."entityId", 'alias', a.alias, 'slug', e.slug, 'name', e.name)`;
const aliasesWithEntities = Prisma.sql`"public"."EntityAlias" a JOIN "public"."Entity" e ON e.id = a."entityId"`;

export async function interpretQuery(term: string): Promise<InterpretedQuery> {
  const words = splitWords(term);
  if (words.length === 0) return { words: [], ignoredWords: [], termEntityIds: [], entities: [] };
  const keys = words.map((word) => (word.length >= minEntityWordLength ? nameMatchKey(word) : ''));
  const normalized = words.map((word) => normalizeName(word));
  const termKey = nameMatchKey(term);
  const termNormalized = normalizeName(term);
  // Both questions in one prepared statement, parsed once per connection: asked in two unnamed ones, a search not
  // cached took Postgres 2.2-2.8 ms to interpret its term, and 1.7-1.9 ms this way (ten three-word terms in a row,
  // 100,000-claim record). Postgres has kept planning it for each term (12 runs of five mixed terms on one
  // connection, all custom plans); a plan kept for every term would walk the same trigram indexes, so it need not
  // stay unnamed.
  const [{ perWord, termAliases }] = await readRows<{ perWord: WordMatch[]; termAliases: AliasMatch[] }>(Prisma.sql`
    SELECT
      (SELECT json_agg(json_build_object('word', w.word, 'key', w.key, 'meaningful', numnode(plainto_tsquery('english', w.word)) > 0,
        'aliases', coalesce((
          SELECT json_agg(${aliasMatch}) FROM ${aliasesWithEntities}
          WHERE w.key <> '' AND (' ' || a."matchKey" || ' ') LIKE '% ' || w.key || ' %'
            -- <% is the same test at pg_trgm's default threshold (0.6), and it can use the trigram index.
            AND w.normalized <% a.normalized AND word_similarity(w.normalized, a.normalized) >= ${wordSimilarity}
        ), '[]')) ORDER BY w.position)
        FROM unnest(${words}::text[], ${keys}::text[], ${normalized}::text[]) WITH ORDINALITY AS w(word, key, normalized, position)
      ) AS "perWord",
      -- A shared skeleton alone is not enough ("AQIM" and "AQM" share one): the spelling must be close as well.
      (SELECT coalesce(json_agg(${aliasMatch}), '[]') FROM ${aliasesWithEntities}
        WHERE ${termKey} <> '' AND a.normalized % ${termNormalized}
          AND similarity(a.normalized, ${termNormalized}) >= CASE WHEN a."matchKey" = ${termKey} THEN 0.3 ELSE ${termSimilarity} END
      ) AS "termAliases"
  `);

  // What to mark in the text: the aliases the whole term matched, and the words of aliases a word matched.
  const named = new Map<string, NamedEntity>();
  const addSpelling = ({ entityId, slug, name }: AliasMatch, spelling: string) => {
    const entity = named.get(entityId) ?? { id: entityId, slug, name, spellings: [] };
    if (!entity.spellings.includes(spelling)) entity.spellings.push(spelling);
    named.set(entityId, entity);
  };
  // Articles are left out: "al" of "al-Qaeda" would otherwise be marked in every name that has one.
  for (const match of termAliases) addSpelling(match, aliasWords(match.alias).filter((word) => nameMatchKey(word) !== '').join(' '));
  const meaningfulWords = perWord.filter((row) => row.meaningful || row.aliases.length > 0);
  for (const row of meaningfulWords) {
    for (const match of row.aliases) {
      for (const aliasWord of aliasWords(match.alias)) if (nameMatchKey(aliasWord) === row.key) addSpelling(match, aliasWord);
    }
  }
  return {
    words: meaningfulWords.map((row) => ({ text: row.word, entityIds: [...new Set(row.aliases.map((alias) => alias.entityId))] })),
    ignoredWords: perWord.filter((row) => !meaningfulWords.includes(row)).map((row) => row.word),
    termEntityIds: [...new Set(termAliases.map((alias) => alias.entityId))],
    entities: [...named.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
  };
}
