/**
 * Everyday words and the guidance's own words for the same thing ("present" → "gift", "facebook" →
 * "social media"), kept as data in synonyms.json so anyone can add a pair without touching code.
 * Keys are lower case, written as the search splits them (no apostrophes or hyphens: "dont agree",
 * "co worker"); a key of several words matches those words in a row. Values are phrases the site uses.
 */
import data from './synonyms.json';
import { STOP_WORDS, words } from './words.ts';
import { isListed } from './vocabulary.ts';

export const SYNONYMS_FILE = 'src/core/search/synonyms.json';

/** Everyday phrase (its words joined by one space) → the site's phrases for it. */
export type Synonyms = ReadonlyMap<string, readonly string[]>;

/** Checks the data; a malformed entry stops the build with the file, the entry and what to write instead. */
export function toSynonyms(raw: unknown, file = SYNONYMS_FILE): Synonyms {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error(`${file}: write one object, e.g. { "present": ["gift"] }.`);
  const map = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(raw)) {
    const normal = words(key).join(' ');
    if (key !== normal) throw new Error(`${file}: the key "${key}" must be written "${normal}" (lower case, no punctuation).`);
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && words(v).length > 0))
      throw new Error(`${file}: "${key}" must map to a list of one or more phrases, e.g. "${key}": ["gift"].`);
    map.set(key, value as string[]);
  }
  return map;
}

export const SYNONYMS: Synonyms = toSynonyms(data);

/**
 * The site's phrases for the everyday words of a query. Longest key first, left to right, so
 * "burnt out" is read as one phrase and "out" is not looked up on its own.
 */
export function expand(tokens: readonly string[], synonyms: Synonyms = SYNONYMS): string[] {
  const longest = Math.max(0, ...[...synonyms.keys()].map((k) => k.split(' ').length));
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let n = Math.min(longest, tokens.length - i); n > 0 && !matched; n--) {
      const targets = synonyms.get(tokens.slice(i, i + n).join(' '));
      if (targets) {
        for (const t of targets) found.add(t);
        matched = n;
      }
    }
    i += matched || 1;
  }
  return [...found];
}

/** Every word that appears in a key: words the search understands even when the site never uses them. */
export function synonymWords(synonyms: Synonyms = SYNONYMS): Set<string> {
  return new Set([...synonyms.keys()].flatMap((k) => k.split(' ')));
}

/**
 * The synonyms that cannot work, as [key, target]: a target none of whose words the site uses finds nothing, and
 * one made only of stop words ("going out") finds nearly every page. Numbers and short words are not listed in
 * the vocabulary, so they are taken on trust.
 */
export function unusableTargets(synonyms: Synonyms, vocabulary: Readonly<Record<string, number>>): [string, string][] {
  const usable = (w: string) => w in vocabulary || (!isListed(w) && !STOP_WORDS.has(w));
  return [...synonyms].flatMap(([key, targets]) => targets.filter((t) => !words(t).some(usable)).map((t): [string, string] => [key, t]));
}
