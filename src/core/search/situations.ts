/**
 * Situations a query describes without the guide's words for them: someone telling the worker about harm, or
 * the worker asked to pass on a person's information. A lexical search finds the pages on the words typed (the
 * harm, the relative); what the worker needs is the page on what to do. A situation is recognised when the
 * query holds a word from each of its word lists, anywhere, and then its phrases are searched too. Kept as data
 * in situations.json, beside the synonyms, whose keys can only be runs of words.
 */
import data from './situations.json';
import { roughStem, words } from './words.ts';

export const SITUATIONS_FILE = 'src/core/search/situations.json';

export interface Situation {
  name: string;
  /** What it is and why it is there, for whoever edits the file. */
  about: string;
  /** A word from each list must be in the query. */
  words: readonly ReadonlySet<string>[];
  /** The site's phrases searched too when it is recognised. */
  search: readonly string[];
  /** A line shown above the results when it is recognised: what to do first when someone may be at risk. */
  notice?: Notice;
}

export interface Notice {
  /** One short sentence, such as "If someone is in danger now, call 999." */
  text: string;
  /** A guidance page and section, "<page>#<section anchor>": the unit tests check that it exists. */
  link: string;
  /** The link's words: where it goes, not "read more". */
  linkText: string;
}

const isNotice = (v: unknown): v is Notice => {
  const { text, link, linkText } = (v ?? {}) as Record<string, unknown>;
  return typeof text === 'string' && text.trim() !== '' && typeof linkText === 'string' && linkText.trim() !== '' && typeof link === 'string' && /^[a-z0-9-]+(\/[a-z0-9-]+)*#[a-z0-9-]+$/.test(link);
};

const isWords = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && words(w).length === 1 && words(w)[0] === w);

/** Checks the data; a malformed entry stops the build with the file, the entry and what to write instead. */
export function toSituations(raw: unknown, file = SITUATIONS_FILE): Situation[] {
  const example = '{ "name": "sharing", "about": "…", "words": [["tell", "share"], ["mum", "dad"]], "search": ["confidentiality"] }';
  if (!Array.isArray(raw)) throw new Error(`${file}: write a list of situations, e.g. [${example}].`);
  return raw.map((entry, i) => {
    const { name, about, words: lists, search, notice } = (entry ?? {}) as Record<string, unknown>;
    const where = `${file}: situation ${i + 1}${typeof name === 'string' ? ` ("${name}")` : ''}`;
    if (typeof name !== 'string' || !name || typeof about !== 'string')
      throw new Error(`${where} needs a "name" and an "about", e.g. ${example}.`);
    if (!Array.isArray(lists) || lists.length < 2 || !lists.every(isWords))
      throw new Error(`${where}: "words" must be two or more lists of lower-case single words, e.g. [["tell", "share"], ["mum", "dad"]].`);
    if (!Array.isArray(search) || !search.length || !search.every((s) => typeof s === 'string' && words(s).length > 0))
      throw new Error(`${where}: "search" must list one or more of the guidance's phrases, e.g. ["confidentiality"].`);
    if (notice !== undefined && !isNotice(notice))
      throw new Error(`${where}: "notice" needs a "text", a "linkText" and a "link" to a guidance section, e.g. { "text": "If someone is in danger now, call 999.", "link": "when-someone-tells-you-something-worrying#if-someone-is-in-danger-now", "linkText": "What to do when someone tells you about harm" }.`);
    return { name, about, words: lists.map((l) => new Set(l)), search, ...(notice ? { notice } : {}) };
  });
}

export const SITUATIONS: readonly Situation[] = toSituations(data);

/** The situations a query's words describe. */
export function recognise(tokens: readonly string[], situations: readonly Situation[] = SITUATIONS): Situation[] {
  return situations.filter((s) => s.words.every((list) => tokens.some((t) => list.has(t))));
}

/**
 * The situation word a typo stands for, by its rough stem ("slaped", "hiting" → slapped, hit), or undefined (also
 * for a situation word itself, which needs no reading and no look-up). A worker typing a disclosure in a hurry
 * needs the 999 notice as much as one who spells it. query.ts acts on it only for a word the English word list
 * says is not a word, so "locking" or "eating" is never read as a situation word.
 */
export function situationWordFor(typo: string, situations: readonly Situation[] = SITUATIONS): string | undefined {
  if (typo.length < 5 || situations.some((s) => s.words.some((list) => list.has(typo)))) return undefined;
  const stem = roughStem(typo);
  for (const s of situations) for (const list of s.words) for (const word of list) if (roughStem(word) === stem) return word;
  return undefined;
}

/**
 * The words of a query that might be typos of a situation word: not known to the site or the synonyms as typed,
 * with the rough stem of one. The search page looks them up in the English word list (only these and the words
 * the site does not know: each lookup is a file to fetch).
 */
export function situationTypoCandidates(query: string, isLiteral: (word: string) => boolean, situations: readonly Situation[] = SITUATIONS): string[] {
  return [...new Set(words(query))].filter((w) => !isLiteral(w) && situationWordFor(w, situations) !== undefined);
}
