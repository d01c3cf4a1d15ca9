/**
 * Flesch–Kincaid grade of the prose in an MDX page. Headings and list items count as
 * sentences of their own, since readers take them in one at a time.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { parseMdx } from '../core/markdown.ts';

export interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Counts sentences, words and syllables in a run of plain text. */
export function countText(text: string): Counts {
  const words = text.match(/[A-Za-z0-9’']+/g) ?? [];
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s)).length;
  return {
    sentence: Math.max(sentences, words.length ? 1 : 0),
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllable(w), 0),
  };
}

/** Adds up the counts of every paragraph, heading and cell in an MDX page. */
export function countMdx(source: string): Counts {
  const total: Counts = { sentence: 0, word: 0, syllable: 0 };
  const walk = (node: Nodes): void => {
    if (BLOCKS.has(node.type)) {
      const c = countText(toString(node));
      total.sentence += c.sentence;
      total.word += c.word;
      total.syllable += c.syllable;
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseMdx(source));
  return total;
}

/** The US school grade a reader needs for these counts. */
export function grade(counts: Counts): number {
  return counts.word ? fleschKincaid({ ...counts }) : 0;
}
