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

export async function interpretQuery(term: string): Promise<InterpretedQuery> {
  const words = splitWords(term);
  if (words.length === 0) return { words: [], ignoredWords: [], termEntityIds: [], entities: [] };
  const keys = words.map((word) => (word.length >= minEntityWordLength ? nameMatchKey(word) : ''));
  const normalized = words.map((word) => normalizeName(word));
  const termKey = nameMatchKey(term);
  const termNormalized = normalizeName(term);
  // Both questions in one function of the database (migration interpret_term_function says why).
  const [{ perWord, termAliases }] = await readRows<{ perWord: WordMatch[]; termAliases: AliasMatch[] }>(Prisma.sql`
    SELECT "perWord", "termAliases" FROM "public"."counterclaim_interpret_term"(
      ${words}::text[], ${keys}::text[], ${normalized}::text[], ${termKey}, ${termNormalized}, ${wordSimilarity}::real, ${termSimilarity}::float8)`);

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
