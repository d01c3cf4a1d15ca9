/**
 * "Answers: …" in a search result: of the everyday questions a page's sections answer, the one that shares most
 * words with the query. Each section's questions are indexed hidden after its heading, opened by an empty
 * marker (`questionsId` in src/core/questions.ts). Pagefind lists the marker with its place in the page's text,
 * so the questions are read back from the text: the `count` sentences from there, each question being one
 * sentence (Pagefind ends a block without its own full stop with one; the cross-check holds each to one).
 */
import { readQuestionsId } from '../questions.ts';
import { PERSON_WORDS, STOP_WORDS, words } from './words.ts';

/** What Pagefind lists for an element with an id: `location` is the word of the page's text it starts at. */
export interface Anchor {
  id: string;
  text?: string;
  location?: number;
}

export interface Answer {
  question: string;
  /** The anchor of the section that answers it. */
  section: string;
}

/** A section's hidden questions on a page: its anchor, the questions, and the words [start, end) they take. */
export interface QuestionBlock {
  section: string;
  questions: string[];
  start: number;
  end: number;
}

/** A page's text as Pagefind counts its words (`location`s): split at spaces. */
export function textWords(content: string): string[] {
  return content.split(/\s+/).filter(Boolean);
}

/** A word that ends a sentence, as the questions are read back: a full stop, question or exclamation mark. */
const SENTENCE_END = /[.?!]["”’)]*$/;

/** Whether a question reads back as one sentence (the cross-check holds every question to it). */
export function isOneSentence(question: string): boolean {
  return !textWords(question).slice(0, -1).some((w) => SENTENCE_END.test(w));
}

/** The `count` sentences of the text's words from word `from` on. */
export function sentencesAt(all: readonly string[], from: number, count: number): string[] {
  const found: string[] = [];
  let current: string[] = [];
  for (let i = from; i < all.length && found.length < count; i++) {
    current.push(all[i]!);
    if (SENTENCE_END.test(all[i]!)) {
      found.push(current.join(' '));
      current = [];
    }
  }
  return found;
}

/** Each section's block of hidden questions, read back from its marker among the page's anchors. */
export function questionBlocks(all: readonly string[], anchors: readonly Anchor[]): QuestionBlock[] {
  return anchors.flatMap(({ id, location }) => {
    const marker = readQuestionsId(id);
    if (!marker || location === undefined) return [];
    const questions = sentencesAt(all, location, marker.count);
    const end = location + questions.reduce((n, q) => n + q.split(' ').length, 0);
    return [{ section: marker.anchor, questions, start: location, end }];
  });
}

/** Two words match when they are the same or one starts the other (Pagefind's stemming and prefixes). */
function matches(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** The question sharing most of the query's topic words (at least one), or undefined. Ties go to the first. */
export function bestQuestion(query: string, blocks: readonly QuestionBlock[]): Answer | undefined {
  // Topic words only: a question matching "what" or "resident" answers nothing in particular.
  const wanted = [...new Set(words(query))].filter((w) => !STOP_WORDS.has(w) && !PERSON_WORDS.has(w));
  let best: (Answer & { score: number }) | undefined;
  for (const { section, questions } of blocks)
    for (const question of questions) {
      const own = words(question);
      const score = wanted.filter((w) => own.some((o) => matches(w, o))).length;
      // Without a final full stop: Pagefind adds one to a question typed without it.
      if (score > 0 && (!best || score > best.score)) best = { question: question.replace(/\.$/, ''), section, score };
    }
  return best && { question: best.question, section: best.section };
}
