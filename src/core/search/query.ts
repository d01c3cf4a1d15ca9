/**
 * How Rapport asks Pagefind. Pagefind only returns pages holding every word of a query, so a whole
 * question ("can I add a client on facebook") finds nothing, a typo finds nothing, and an everyday word
 * the guidance never uses finds nothing. So one query becomes a plan of one search per word: each content
 * word (US spellings read the British way) and the site's own words for its everyday words (synonyms). The
 * scores are added up, which is BM25's "sum over the words"; the engine raises a page whose matched words
 * stand close together (proximity.ts). Searching the words together, or in neighbouring pairs, as well was
 * dropped: a pair of everyday words ("everyone always") found the long pages that use both and outvoted the
 * one telling word ("leaving"); measured on the tuning sets and on an untouched set, it was worse.
 */
import { SYNONYMS, expand, synonymWords, type Synonyms } from './synonyms.ts';
import { britishSpellings, isSlipOf, type IsWord, type NearWords } from '../../core/search/dictionary.ts';
import { correctedQuery, corrections, isKnown, type Correction, type Vocabulary } from './vocabulary.ts';
import { STOP_WORDS, TOPIC_STOP_WORDS, contentWords, words } from './words.ts';
import { FRAMEWORK_NAMES, FRAMEWORK_WORDS } from './types.ts';
import { SITUATIONS, recognise, situationWordFor, type Notice, type Situation } from './situations.ts';
import { distance } from 'fastest-levenshtein';

export { STOP_WORDS, contentWords, words };

export interface Step {
  /** What to ask Pagefind. */
  q: string;
  weight: number;
}

/**
 * How much each kind of step counts. The same: a page found by more steps (a synonym, each word) ranks
 * higher.
 */
export const WEIGHTS = { synonym: 1, word: 1 };

/**
 * A typo at least this long, one or two edits from the site's word, is searched as that word: a long word that
 * is not English is nearly always a slip ("confidentialty", "safegaurding"), and dropping it left a question's
 * other words ("when to break it") to find the wrong pages. Shorter ones may be slang or shorthand ("hcas",
 * "yp") and are only offered as "Did you mean".
 */
export const SURE_TYPO_LENGTH = 8;
const SURE_TYPO_EDITS = 2;

/**
 * A shorter typo is searched as the site's word only when it is that word with a letter left out or two letters
 * swapped, and no other English word is ("residnt" → "resident", "consnet" → "consent"). Otherwise the reader
 * may have meant a word the guide does not use ("slaped" is never searched as "shaped": it may be slapped), so it is
 * only offered.
 */
export const ONE_SLIP_LENGTH = 6;

export interface Analysis {
  /** The query as typed, trimmed. */
  query: string;
  /** Typos found, each with the site's word nearest to it. */
  corrections: Correction[];
  /**
   * The query with its typos corrected, when there were any: what "Did you mean …" offers as a link. It is
   * never searched for unless the reader follows the link, so it can never add results of its own. Not set when
   * every typo was a sure one (`searchedFor`).
   */
  didYouMean?: string;
  /** The query as searched when its typos were all sure ones (SURE_TYPO_LENGTH): "Showing results for …". */
  searchedFor?: string;
  /** US spellings of the query read as the guide spells them ("behavior" → "behaviour"): the same words. */
  spellings: Correction[];
  /** The site's phrases for the everyday words of the query. */
  expansions: string[];
  plan: Step[];
  /** A wider plan, with the stop words that can name a topic, for when the plan finds nothing. */
  fallback?: Step[];
  /** The situations the query describes (situations.ts, "disclosure", "sharing"): their phrases are searched too. */
  situations: string[];
  /** The first of those situations' notices ("If someone is in danger now, call 999."), shown above the results. */
  notice?: Notice;
  /** Whether the query asks for the framework ("lone working competencies"): competencies and sheets count in full. */
  framework: boolean;
}

export interface AnalyseOptions {
  /** The site's words (/search/vocabulary/<letter>.json) for the query's words; without them, nothing is corrected. */
  vocabulary?: Vocabulary;
  /** The English word list for the query's unknown words; without it, nothing is suggested. */
  isWord?: IsWord;
  /** The English words an unknown word is a slip of; without them, only long typos are searched (SURE_TYPO_LENGTH). */
  nearWords?: NearWords;
  synonyms?: Synonyms;
  situations?: readonly Situation[];
}

/** Reads a query and plans the searches that answer it, most specific first, without repeats. */
export function analyse(input: string, options: AnalyseOptions = {}): Analysis {
  const query = input.trim().replace(/\s+/g, ' ');
  const synonyms = options.synonyms ?? SYNONYMS;
  const known = synonymWords(synonyms);
  const { vocabulary, isWord } = options;
  const spellings = vocabulary ? britishOf(query, vocabulary, known) : [];
  const fixes = vocabulary && isWord ? corrections(query, vocabulary, isWord, known) : [];
  // The plan is the query as typed (US spellings, and sure typos, read as the guide spells them); another
  // typo's correction is only offered. That typo is left out: Pagefind matches its fragments ("capas…") to
  // pages that are not answers.
  const sure = fixes.filter((f) => isSure(f, options.nearWords));
  const unsure = fixes.filter((f) => !sure.includes(f));
  const read = spellings.length || sure.length ? correctedQuery(query, [...spellings, ...sure]) : query;
  const typos = new Set(unsure.map((f) => f.from));
  const kept = typos.size ? words(read).filter((w) => !typos.has(w)).join(' ') : read;
  const framework = words(query).some((w) => FRAMEWORK_WORDS.has(w));
  const all = kept ? contentWords(kept) : [];
  // "empathy statements": the topic is searched, the kind of page is what `framework` is for.
  const topic = all.filter((w) => !FRAMEWORK_NAMES.has(w));
  const content = topic.length ? topic : all;
  // Synonyms are read from every word, stop words too: "burnt out", "asked me out".
  const situationList = options.situations ?? SITUATIONS;
  // A typo of a situation word ("slaped") counts as that word; only a word the English word list says is not one.
  const typed = [...words(kept), ...typos];
  const meant = typed.flatMap((w) => (isWord?.(w) === false ? (situationWordFor(w, situationList) ?? []) : []));
  const situations = recognise([...words(kept), ...meant], situationList);
  // Nor are the framework's own names read for synonyms then ("competencies" → "competency framework").
  const expandable = topic.length ? words(kept).filter((w) => !FRAMEWORK_NAMES.has(w)) : words(kept);
  const expansions = [...new Set([...situations.flatMap((s) => s.search), ...expand(expandable, synonyms)])].filter((phrase) => !content.includes(phrase));

  // Stop words are left out (Pagefind matches "a" to every word starting with a), and so are person words:
  // "client" is on nearly every page, so it barely moves the ranking, yet its index chunk is the largest a
  // search can fetch (about 25 KB at 2,000 pages). contentWords keeps them when nothing else is left.
  const steps: Step[] = expansions.map((phrase) => ({ q: phrase, weight: WEIGHTS.synonym }));
  for (const word of content) steps.push({ q: word, weight: WEIGHTS.word });

  const plan = new Map<string, Step>();
  for (const step of steps) {
    if (!step.q) continue;
    const key = step.q.toLowerCase();
    const seen = plan.get(key);
    if (!seen || seen.weight < step.weight) plan.set(key, seen ? { ...seen, weight: step.weight } : step);
  }
  const analysis: Analysis = { query, corrections: fixes, spellings, expansions, plan: [...plan.values()], framework, situations: situations.map((s) => s.name) };
  const notice = situations.find((s) => s.notice)?.notice;
  if (notice) analysis.notice = notice;
  const wider = words(kept).filter((w) => TOPIC_STOP_WORDS.has(w) || content.includes(w));
  if (wider.length > content.length) analysis.fallback = wider.map((q) => ({ q, weight: WEIGHTS.word }));
  if (unsure.length) analysis.didYouMean = correctedQuery(read, unsure);
  else if (sure.length) analysis.searchedFor = read;
  return analysis;
}

/** Whether a typo is surely the site's word: a long one near it, or a shorter one whose only English reading it is. */
function isSure({ from, to }: Correction, nearWords?: NearWords): boolean {
  if (from.length >= SURE_TYPO_LENGTH && distance(from, to) <= SURE_TYPO_EDITS) return true;
  if (from.length < ONE_SLIP_LENGTH || !isSlipOf(from, to)) return false;
  const near = nearWords?.(from);
  return near?.length === 1 && near[0] === to;
}

/** The query's US spellings that the site writes the British way, each with the site's spelling. */
function britishOf(query: string, vocabulary: Vocabulary, known: ReadonlySet<string>): Correction[] {
  const found: Correction[] = [];
  for (const word of new Set(words(query))) {
    if (isKnown(word, vocabulary, known)) continue;
    const to = britishSpellings(word).find((w) => isKnown(w, vocabulary, known));
    if (to) found.push({ from: word, to });
  }
  return found;
}

export interface Scored {
  id: string;
  score: number;
}

export interface Ranked extends Scored {
  /** The step that contributed most to this page's score: its result gives the best excerpt. */
  best: number;
}

/**
 * Adds up the ranked lists of a plan, each times its step's weight: a page holding all the words, or
 * found by more steps, outranks a page found by one word. `factor` scales a page's total (its nearness).
 */
export function mergeRanked(lists: readonly (readonly Scored[])[], weights: readonly number[], factor: (id: string) => number = () => 1): Ranked[] {
  const total = new Map<string, Ranked & { top: number }>();
  lists.forEach((list, step) => {
    const weight = weights[step] ?? 1;
    for (const { id, score } of list) {
      const part = weight * score;
      const seen = total.get(id);
      if (!seen) total.set(id, { id, score: part, best: step, top: part });
      else {
        seen.score += part;
        if (part > seen.top) Object.assign(seen, { best: step, top: part });
      }
    }
  });
  return [...total.values()].map(({ id, score, best }) => ({ id, score: score * factor(id), best })).sort((a, b) => b.score - a.score);
}
