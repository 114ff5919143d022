// Transliteration-blind matching for Arabic names written in Latin letters. The same man is al-Assimi and
// al-Asemi, Zawahiri and Zawahri; the same group is al-Qaeda and al-Qa'ida. Two keys come out:
// `normalized` keeps the vowels (for trigram similarity and display-level comparison), `matchKey` keeps
// the consonant skeleton that survives the usual variations (vowels, doubled letters, articles, marks).
// A shared matchKey makes two names candidates, not proof: Syria and Sara share one. Pickers rank the
// candidates by trigram similarity of `normalized` and show them for a person to choose.

const articles = new Set(['al', 'el', 'ul', 'il', 'an', 'ar', 'as', 'ash', 'ad', 'adh', 'at', 'az', 'ath']);
const connectives = new Set(['the', 'of', 'in', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'et']);
// Sun-letter articles ("ash-Shabab", "ad-Dawla") only count as articles when joined by a hyphen or mark.
const attachedOnlyArticles = new Set(['an', 'ar', 'as', 'ash', 'ad', 'adh', 'at', 'az', 'ath']);
const sonOf = new Set(['bin', 'ibn', 'ben', 'bn']);

// Apostrophes, ʿayn and hamza marks, and the modifier letters used for them.
const marks = /['’‘`´ʿʾʼʻˈ]/g;

/** Lower-case, unaccented, marks removed, articles and connectives dropped, doubled letters single. */
export function normalizeName(name: string): string {
  return tokens(name).join(' ');
}

/** The key two spellings of one name share: each word's first letter, then its consonants. */
export function nameMatchKey(name: string): string {
  return tokens(name).map(skeleton).join(' ');
}

function tokens(name: string): string[] {
  const words: string[] = [];
  // Split on hyphens first so that an attached article ("as-Sahab", "al-Assimi") is recognised as one; an
  // article run into a capitalised name ("alZawahiri", "AlQaeda") or marked off by an apostrophe ("al'Qaeda")
  // is split off too. "Algeria" and "Albania" keep their letters.
  const spaced = name.replace(/\b([Aa]l|[Ee]l)(?=\p{Lu})/gu, '$1-').replace(/\b(al|el)['’ʼ](?=\p{L})/giu, '$1-');
  for (const word of spaced.split(/\s+/)) {
    const parts = word.split(/[-‐‑–—]/).map(fold);
    parts.forEach((part, index) => {
      if (!part) return;
      const attached = index < parts.length - 1;
      if (articles.has(part) && (attached || !attachedOnlyArticles.has(part))) return;
      if (connectives.has(part)) return;
      words.push(sonOf.has(part) ? 'bin' : collapseDoubles(part));
    });
  }
  return joinServantOf(words);
}

function fold(part: string): string {
  return part
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/đ/g, 'd')
    .replace(marks, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** "Abd al-Malik", "Abdul Malik" and "Abdelmalek" are one name: ʿAbd ("servant of") joins the word after it. */
function joinServantOf(words: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (/^abd([aeu]l)?$/.test(word) && index + 1 < words.length) {
      joined.push(`abd${words[++index]}`);
    } else {
      joined.push(word.replace(/^abd[aeu]l(?=\p{L}{3})/u, 'abd'));
    }
  }
  return joined;
}

function collapseDoubles(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

function skeleton(word: string): string {
  const spelled = word
    .replace(/dj/g, 'j') // French transliteration: Djamel / Jamal
    .replace(/ch/g, 'sh') // French: Chaabi / Shaabi
    .replace(/q/g, 'k') // Qaeda / Kaeda
    .replace(/ou/g, 'u') // French: Droukdel / Drukdel
    .replace(/([aeiou])h$/, '$1'); // a final tā' marbūṭa: Nusrah / Nusra
  const first = spelled[0];
  const rest = spelled.slice(1).replace(/[aeiouy]/g, '');
  // A leading vowel is kept, folded to its class, so Osama / Usama meet but Osama / Asimi do not.
  const lead = /[eiy]/.test(first) ? 'i' : /[ou]/.test(first) ? 'u' : first;
  return collapseDoubles(lead + rest);
}
