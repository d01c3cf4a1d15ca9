/**
 * An English word list shipped with the build (the `word-list` package, MIT), so "Did you mean …" never
 * "corrects" a real word that the guide happens not to use ("abuse" is not a typo of "able"). The list is
 * large (about 2.7 MB), so it is split into one small text file per first two letters
 * (/search/words/ab.txt), and the search page fetches a file only for a word the guide's own vocabulary
 * does not know. Words shorter than the shortest word ever corrected are left out: they are never looked up.
 */

/** The shortest word "Did you mean" ever corrects: shorter words sit one edit from too many real ones. */
export const MIN_CORRECTED_LENGTH = 5;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every file there is, one per pair of letters (some empty), so a missing file means it could not be loaded. */
export const DICTIONARY_SHARDS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));

/** The file a word is in, or undefined for a word that does not start with two letters a–z (never looked up). */
export function dictionaryShardOf(word: string): string | undefined {
  return /^[a-z]{2}/.test(word) ? word.slice(0, 2) : undefined;
}

/** Splits the word list (one word a line) into its files: lower-case words of letters a–z only, sorted, no repeats. */
export function splitWordList(text: string): Map<string, string[]> {
  const shards = new Map(DICTIONARY_SHARDS.map((s) => [s, new Set<string>()]));
  for (const line of text.split('\n')) {
    const word = line.trim();
    if (word.length < MIN_CORRECTED_LENGTH || !/^[a-z]+$/.test(word)) continue;
    shards.get(dictionaryShardOf(word)!)!.add(word);
  }
  return new Map([...shards].map(([shard, set]) => [shard, [...set].sort()]));
}

/** Reads one file: a set of words. */
export function parseWordShard(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((w) => w.trim())
      .filter(Boolean),
  );
}

/**
 * What the search knows of a word from the list: true (an English word), false (not one), or undefined when
 * its file could not be loaded (offline) or it cannot be looked up; then nothing is suggested for it.
 */
export type IsWord = (word: string) => boolean | undefined;

/** A lookup over the files loaded so far: `loaded` maps a file's letters to its words, or to null if it failed. */
export function dictionaryLookup(loaded: ReadonlyMap<string, ReadonlySet<string> | null>): IsWord {
  return (word) => {
    const shard = dictionaryShardOf(word);
    const words = shard === undefined ? undefined : loaded.get(shard);
    return words ? words.has(word) : undefined;
  };
}

/**
 * The English words a typed word could be with one of the commonest slips on a phone undone: a letter left out
 * ("residnt") or two neighbours swapped ("consnet"). Read from the files loaded so far; undefined when the word's
 * file could not be loaded. Only the word's own file is read: a slip in the first two letters is not looked for.
 */
export type NearWords = (typed: string) => readonly string[] | undefined;

/** NearWords over the files loaded so far (`loaded` as for dictionaryLookup). */
export function dictionaryNeighbours(loaded: ReadonlyMap<string, ReadonlySet<string> | null>): NearWords {
  return (typed) => {
    const shard = dictionaryShardOf(typed);
    const words = shard === undefined ? undefined : loaded.get(shard);
    return words ? [...words].filter((w) => isSlipOf(typed, w)) : undefined;
  };
}

/**
 * Whether `typed` is `word` with one letter left out or two neighbouring letters swapped. Not a changed or an
 * extra letter: those make other real words too often ("slaped" is one letter from "shaped" as well as "slapped").
 */
export function isSlipOf(typed: string, word: string): boolean {
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  if (word.length === typed.length + 1) return typed.slice(i) === word.slice(i + 1);
  return word.length === typed.length && i < typed.length - 1 && typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
}

/**
 * US spellings rewritten the British way, as the guide writes them: "behavior" → "behaviour",
 * "organization" → "organisation", "centered" → "centred", "judgment" → "judgement". The same word in
 * another spelling, not a guess at a different word: the search reads it as the guide's word.
 */
const SPELLINGS: [RegExp, string][] = [
  [/or(s|ed|ing|ite|ites|able|ably|ful|less)?$/, 'our$1'],
  [/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/([^aeiou])ter(s)?$/, '$1tre$2'],
  [/([^aeiou])tered$/, '$1tred'],
  [/([^aeiou])tering$/, '$1tring'],
  [/dgment(s)?$/, 'dgement$1'],
  [/([^aeiou])el(ed|ing|or|ors)$/, '$1ell$2'],
  [/og$/, 'ogue'],
  [/ense(s)?$/, 'ence$1'],
  [/fulfill/, 'fulfil'],
];

/** The British spellings of a word, most likely first; none for a word with no US pattern. */
export function britishSpellings(word: string): string[] {
  const found = new Set<string>();
  for (const [pattern, replacement] of SPELLINGS) if (pattern.test(word)) found.add(word.replace(pattern, replacement));
  found.delete(word);
  return [...found];
}
