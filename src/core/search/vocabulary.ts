/**
 * The site's own words, and "Did you mean …" from them. Pagefind has no typo tolerance: "boundries" finds
 * nothing. The build writes every word of the content with its count, split by first letter
 * (/search/vocabulary/b.json); the search page fetches the letters of the query's words and corrects a word
 * the site does not know to the nearest word it does with the same first letter (the shared nearest-word
 * search of src/core/suggest.ts), preferring the more common word on a tie.
 */
import { MIN_CORRECTED_LENGTH, type IsWord } from '../../core/search/dictionary.ts';
import { PERSON_WORDS, STOP_WORDS, words } from './words.ts';
import { nearest } from '../suggest.ts';

export { MIN_CORRECTED_LENGTH };

/** Word → how often the site uses it. */
export type Vocabulary = ReadonlyMap<string, number>;

/** Counts the words of some texts; short words, numbers and stop words are left out (never corrected to). */
/** Whether a word is listed in the vocabulary: short words, numbers and stop words are never typos worth correcting. */
export function isListed(word: string): boolean {
  return word.length >= 3 && !/\d/.test(word) && !STOP_WORDS.has(word);
}

export function buildVocabulary(texts: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of words(text))
      if (isListed(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Most common first, so the file reads sensibly and ties break the same way on every build.
  return Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

/**
 * The file a word's neighbours are in: its first letter, or "_" for any other first character. People rarely
 * get the first letter wrong, and one letter's file is a twentieth of the whole: 12 KB gzip at 2,000 pages,
 * fetched by every search, was an eighth of what a search cost.
 */
export function shardOf(word: string): string {
  const first = word[0] ?? '';
  return /[a-z]/.test(first) ? first : '_';
}

/** Every shard there is, so the search page never asks for a file that does not exist. */
export const SHARDS = [...'abcdefghijklmnopqrstuvwxyz', '_'];

/** Splits a vocabulary (most common first) into its shards, each keeping that order; every shard is there. */
export function splitVocabulary(vocabulary: Record<string, number>): Map<string, Record<string, number>> {
  const shards = new Map(SHARDS.map((shard) => [shard, {} as Record<string, number>]));
  for (const [word, count] of Object.entries(vocabulary)) shards.get(shardOf(word))![word] = count;
  return shards;
}

/**
 * The shards a query needs: those of its words long enough to be corrected, leaving out the words known
 * without looking (stop words, the people care is for, `alsoKnown`): "resident" is on every page, and its
 * letter's file is one of the largest things a search on a large guide fetches.
 */
export function shardsFor(query: string, alsoKnown: ReadonlySet<string> = new Set()): string[] {
  const needed = words(query).filter((w) => w.length >= MIN_CORRECTED_LENGTH && !knownWithoutLooking(w, alsoKnown));
  return [...new Set(needed.map(shardOf))].sort();
}

function knownWithoutLooking(word: string, alsoKnown: ReadonlySet<string>): boolean {
  return STOP_WORDS.has(word) || PERSON_WORDS.has(word) || alsoKnown.has(word);
}

/** Reads a shard of /search/vocabulary/; anything malformed gives an empty vocabulary (search then just skips corrections). */
export function parseVocabulary(json: unknown): Vocabulary {
  const map = new Map<string, number>();
  if (json && typeof json === 'object' && !Array.isArray(json))
    for (const [word, count] of Object.entries(json)) if (typeof count === 'number') map.set(word, count);
  return map;
}

/** Endings Pagefind's stemmer folds away, so "offered" is known when the site says "offer". */
const ENDINGS = ['ing', 'ed', 'es', 's', 'ly', 'er'];

/**
 * Whether a query word needs no correction: the site uses it (or its stem, or a longer word it starts,
 * which Pagefind's prefix matching finds), it is a stop word or a number, or it is in `alsoKnown`
 * (e.g. the everyday words the synonyms map understands).
 */
export function isKnown(word: string, vocabulary: Vocabulary, alsoKnown: ReadonlySet<string> = new Set()): boolean {
  if (word.length < 3 || /\d/.test(word) || knownWithoutLooking(word, alsoKnown) || vocabulary.has(word)) return true;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= 3 && (vocabulary.has(stem) || vocabulary.has(`${stem}e`) || alsoKnown.has(stem))) return true;
  }
  if (word.length >= 5) for (const known of vocabulary.keys()) if (known.startsWith(word)) return true;
  return false;
}

/** How many edits a word of this length may need and still count as a typo of a known word. */
export function maxEdits(length: number): number {
  return length <= 4 ? 1 : length <= 10 ? 2 : 3;
}

/**
 * The known word nearest to `word`, or undefined when none is close enough. Nearest means fewest edits;
 * on a tie, a word with the same first letter (people rarely get that one wrong), then the word the site
 * uses most.
 */
export function suggest(word: string, vocabulary: Vocabulary, alsoKnown: Iterable<string> = []): string | undefined {
  const counts = new Map(vocabulary);
  for (const extra of alsoKnown) if (!counts.has(extra)) counts.set(extra, 1);
  const first = (w: string) => w[0] === word[0];
  return nearest(
    word,
    [...counts.keys()].filter((candidate) => candidate !== word),
    { maxEdits: maxEdits(word.length), better: (a, b) => (first(a) !== first(b) ? first(a) : counts.get(a)! > counts.get(b)!) },
  );
}

export interface Correction {
  from: string;
  to: string;
}

/**
 * The words of a query that are typos, each with the nearest word the site uses. A word is a typo only when
 * the site does not know it and the English word list says it is not a word: a real word the guide never
 * uses ("abuse") is left alone, never turned into another ("able"). When the list could not be loaded for
 * a word (`isWord` gives undefined, e.g. offline), nothing is suggested for it. Shorter words are left alone.
 */
export function corrections(query: string, vocabulary: Vocabulary, isWord: IsWord, alsoKnown: ReadonlySet<string> = new Set()): Correction[] {
  const found: Correction[] = [];
  for (const word of new Set(words(query))) {
    if (word.length < MIN_CORRECTED_LENGTH || isKnown(word, vocabulary, alsoKnown) || isWord(word) !== false) continue;
    const to = suggest(word, vocabulary, alsoKnown);
    if (to) found.push({ from: word, to });
  }
  return found;
}

/** The words of a query the site does not know: those whose word-list files the search page needs. */
export function unknownWords(query: string, vocabulary: Vocabulary, alsoKnown: ReadonlySet<string> = new Set()): string[] {
  return [...new Set(words(query))].filter((w) => w.length >= MIN_CORRECTED_LENGTH && !isKnown(w, vocabulary, alsoKnown));
}

/** The query with its corrections made, in lower case: what "Did you mean …" offers. */
export function correctedQuery(query: string, fixes: readonly Correction[]): string {
  const map = new Map(fixes.map(({ from, to }) => [from, to]));
  return words(query)
    .map((w) => map.get(w) ?? w)
    .join(' ');
}
