import type { Random } from './random';

// Text of realistic length and word frequency for the synthetic record. Two words are planted at known rates so
// search has a selective and a broad term to measure with.

/** Planted in about one statement in a thousand. */
export const selectiveTerm = 'Tessalit';
/** Planted in about four statements in ten. */
export const broadTerm = 'militants';

const places = ['Gao', 'Kidal', 'Timbuktu', 'Mopti', 'Agadez', 'Tripoli', 'Benghazi', 'Sirte', 'Mosul', 'Raqqa', 'Aleppo', 'Idlib', 'Deir ez-Zor', 'Fallujah', 'Ramadi', 'Sanaa', 'Aden', 'Mogadishu', 'Kismayo', 'Maiduguri', 'Niamey', 'Ouagadougou', 'Bamako', 'Algiers', 'Tunis', 'Derna', 'Sinai', 'Kabul', 'Kandahar', 'Peshawar'];
const groups = ['the group', 'the movement', 'the brigade', 'the faction', 'the organization', 'the coalition', 'the network', 'the battalion', 'the front', 'the emirate'];
const verbs = ['claimed', 'denied', 'confirmed', 'reported', 'announced', 'rejected', 'acknowledged', 'disputed', 'pledged', 'withdrew', 'accused', 'praised', 'condemned', 'warned', 'threatened', 'negotiated', 'seized', 'lost', 'attacked', 'defended'];
const nouns = ['attack', 'allegiance', 'ceasefire', 'convoy', 'checkpoint', 'hostages', 'ransom', 'statement', 'video', 'leadership', 'commander', 'spokesman', 'council', 'offensive', 'raid', 'ambush', 'strike', 'agreement', 'merger', 'split', 'defection', 'funding', 'recruits', 'weapons', 'territory', 'border', 'villages', 'camp', 'base', 'airport'];
const fillers = ['after', 'before', 'during', 'despite', 'following', 'near', 'outside', 'around', 'against', 'with', 'without', 'between', 'among', 'within'];
const adjectives = ['senior', 'local', 'regional', 'rival', 'former', 'new', 'foreign', 'armed', 'jihadist', 'tribal', 'government', 'allied', 'unnamed', 'official', 'independent'];
const connectors = ['and', 'but', 'while', 'as', 'although', 'because', 'so that', 'whereas'];
const givenNames = ['Abu Bakr', 'Abdullah', 'Mokhtar', 'Iyad', 'Ahmed', 'Yahya', 'Hamid', 'Omar', 'Khalid', 'Mustafa', 'Adnan', 'Ali', 'Hassan', 'Ibrahim', 'Youssef', 'Tariq', 'Salim', 'Karim', 'Nabil', 'Rashid'];
const familyNames = ['al-Baghdadi', 'al-Masri', 'al-Libi', 'al-Tunisi', 'al-Jazairi', 'al-Shami', 'al-Iraqi', 'al-Maghribi', 'al-Sudani', 'al-Yemeni', 'Belmokhtar', 'Ghali', 'Droukdel', 'Abouzeid', 'al-Ansari', 'al-Qurashi', 'al-Adnani', 'al-Hashimi', 'al-Muhajir', 'al-Zarqawi'];
const orgWords = ['Brigade', 'Front', 'Movement', 'Army', 'Council', 'Battalion', 'Emirate', 'Partisans', 'Supporters', 'Vanguard'];
const orgQualifiers = ['of the Sahara', 'of the Maghreb', 'of the Levant', 'of the Sahel', 'of Sinai', 'of Yemen', 'of Libya', 'of the Two Rivers', 'of the East', 'of the South'];
const outlets = ['Long War Journal', 'Reuters', 'Agence France-Presse', 'Al Jazeera', 'Associated Press', 'El Khabar', 'Magharebia', 'Al-Monitor', 'SITE Intelligence Group', 'Jeune Afrique', 'BBC Monitoring', 'The New York Times', 'The Guardian', 'Le Monde', 'Asharq Al-Awsat', 'Al Arabiya', 'Sahara Medias', 'ANI Mauritanie', 'Amaq', 'Al-Andalus Media'];

const word = (random: Random) => {
  const roll = random.next();
  if (roll < 0.25) return random.pick(nouns);
  if (roll < 0.4) return random.pick(verbs);
  if (roll < 0.55) return random.pick(adjectives);
  if (roll < 0.7) return random.pick(fillers);
  if (roll < 0.8) return random.pick(places);
  if (roll < 0.9) return random.pick(groups);
  return random.pick(connectors);
};

/** Words up to about `length` characters, starting capitalized and ending in a full stop. */
export function prose(random: Random, minLength: number, maxLength: number, planted: string[] = []) {
  const target = random.int(minLength, maxLength);
  const words: string[] = [];
  let length = 0;
  while (length < target) {
    const next = words.length > 0 && planted.length > 0 && random.chance(0.2) ? planted.shift()! : word(random);
    words.push(next);
    length += next.length + 1;
  }
  words.push(...planted);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A claim's statement, with the planted search terms at their rates. */
export function statement(random: Random) {
  const planted = [...(random.chance(0.001) ? [selectiveTerm] : []), ...(random.chance(0.4) ? [broadTerm] : [])];
  return `${random.pick(givenNames)} ${random.pick(familyNames)} ${random.pick(verbs)} that ${prose(random, 40, 200, planted)}`.slice(0, 500);
}

export function personName(random: Random) {
  return `${random.pick(givenNames)} ${random.pick(familyNames)}`;
}

export function organizationName(random: Random) {
  return `${random.pick(orgWords)} ${random.pick(orgQualifiers)}`;
}

export const outlet = (random: Random) => random.pick(outlets);

/** Another spelling of a name, as reports transliterate it differently. */
export function variantSpelling(name: string, variant: number) {
  const swaps: [RegExp, string][] = [
    [/al-/g, 'el-'],
    [/ou/g, 'u'],
    [/i\b/g, 'y'],
    [/a/g, 'e'],
    [/-/g, ' '],
  ];
  const [pattern, replacement] = swaps[variant % swaps.length];
  const changed = name.replace(pattern, replacement);
  return changed === name ? `${name} (${variant + 1})` : changed;
}

export const placeName = (random: Random) => random.pick(places);

/** Up to `count` different search terms that each contain `term` and one or two of the record's common words:
 *  a search nobody ran before, which no cache can answer. */
export function termVariants(term: string, count: number) {
  const vocabulary = [...nouns, ...verbs, ...adjectives, ...places.filter((place) => !place.includes(' '))];
  const variants: string[] = [];
  for (const first of vocabulary) variants.push(`${term} ${first}`);
  for (const first of vocabulary) for (const second of vocabulary) if (first !== second) variants.push(`${first} ${term} ${second}`);
  return variants.slice(0, count);
}
