/**
 * The cross-check reads plain pages with a line scanner and everything else with the MDX parser.
 * The scanner must give the parser's answer (headings, anchors, lines, and the words under each), or
 * step aside: these tests hold it to that on every real page and on the constructs it must refuse.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/files.ts';
import { pageText, parseSections, scanSections, type Section } from '../../src/core/guidance.ts';
import { parseMdx } from '../../src/core/markdown.ts';
import { visit } from 'unist-util-visit';
import { generateContent } from '../support/synthetic-guide.ts';

/** What the cross-check relies on: words and their order, not the spaces between them. */
const words = (sections: Section[]) => sections.map((s) => ({ ...s, text: s.text.replace(/[^\p{L}\p{N}'’]+/gu, ' ').trim() }));

const real = listFiles('content/guidance', ['.mdx']).map((file) => [file, readFileSync(file, 'utf8')] as const);
const synthetic = [...generateContent({ pages: 12 })].filter(([path]) => path.endsWith('.mdx'));

describe('reading sections line by line', () => {
  it.each([...real, ...synthetic])('%s: the scanner reads it, and agrees with the parser', (_, source) => {
    const scanned = scanSections(source);
    expect(scanned).toBeDefined();
    expect(words(scanned!)).toEqual(words(parseSections(source)));
  });

  const page = (body: string) => `---\ntitle: x\n---\n\nIntro.\n\n${body}\n`;
  it.each([
    ['nested headings and bold list items', '## A\n\n- **One.** two [three](/x/) four\n\n### B\n\nfive\n\n## C\n\nsix'],
    ['a heading interrupting a paragraph', 'text\n## Heading\nmore'],
    ['emphasis inside a word, and a hashtag', '## A\n\nun*believ*able #tag'],
    ['ordered lists and repeated headings', '## A\n\n1. first\n2) second\n\n## A\n\nagain'],
  ])('agrees on %s', (_, body) => {
    const scanned = scanSections(page(body));
    expect(scanned).toBeDefined();
    expect(words(scanned!)).toEqual(words(parseSections(page(body))));
  });

  it.each([
    ['a fenced code block', '## A\n\n```\n## not a heading\n```'],
    ['a setext heading', 'Title\n-----\n\ntext'],
    ['a heading with markup', '## Gifts *and* offers'],
    ['a closing hash sequence', '## Gifts ##'],
    ['JSX', '## A\n\n<Aside>\n## inside\n</Aside>'],
    ['an expression', '## A\n\n{1 + 1}'],
    ['an indented line', '## A\n\n- item\n  ## in the item'],
    ['a table', '## A\n\n| a | b |\n| - | - |\n| c | d |'],
    ['an escape or entity', '## A\n\n\\# text &amp; more'],
    ['an image', '## A\n\n![alt text](/x.png)'],
    ['a reference link', '## A\n\n[text][ref]\n\n[ref]: /x/'],
    ['a block quote', '## A\n\n> ## quoted'],
    ['an ESM import', 'import X from "./x.ts";\n\n## A'],
  ])('leaves %s to the parser', (_, body) => {
    expect(scanSections(page(body))).toBeUndefined();
  });
});

describe('the text of a page, for the search vocabulary', () => {
  /** The parser's words, the way the vocabulary read pages before the scanner. */
  const parserWords = (source: string) => {
    const parts: string[] = [];
    visit(parseMdx(source), (n) => {
      if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    });
    return parts.join(' ').replace(/[^\p{L}\p{N}'’]+/gu, ' ').trim();
  };
  const scannedWords = (source: string) => pageText(source).join(' ').replace(/[^\p{L}\p{N}'’]+/gu, ' ').trim();

  it.each([...real, ...synthetic])('%s: the same words in the same order as the parser', (_, source) => {
    expect(scannedWords(source)).toBe(parserWords(source));
  });

  it('keeps the words before the first heading, and reads a page the scanner refuses through the parser', () => {
    expect(scannedWords('Intro **words**.\n\n## A\n\n[link text](/x/)')).toBe('Intro words A link text');
    expect(scannedWords('<Aside>inside</Aside>\n\n| a | b |\n| - | - |\n| c | d |')).toBe(parserWords('<Aside>inside</Aside>\n\n| a | b |\n| - | - |\n| c | d |'));
  });
});
