/**
 * A guidance page as the cross-check sees it: its headings with the anchors Astro gives them, and the
 * text under each. Anchors come from github-slugger with one slugger per page, in document order,
 * which is exactly what Astro's heading ids do (a browser test holds us to that).
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Nodes, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMdx } from './markdown.ts';
import { questionKeysOf, type QuestionKey } from '../core/questions.ts';

export interface Section {
  /** 2 for "##", 3 for "###"… */
  depth: number;
  title: string;
  anchor: string;
  line: number;
  /** The heading and everything under it up to the next heading of the same or a higher level. */
  text: string;
}

export interface GuidancePage {
  /** Path under content/guidance without ".mdx": "components/communication"; "local/<name>" for content/local/. */
  slug: string;
  /** One of the organisation's own pages in content/local/: may be cited, need not be. */
  local?: boolean;
  file: string;
  sections: Section[];
  /** The frontmatter's `reviewDue` (YYYY-MM-DD) and its line, when the page has one. */
  reviewDue?: { day: string; line: number };
  /** The keys of the frontmatter's `questions:` map, each with its line. */
  questions?: QuestionKey[];
}

/** Headings that illustrate rather than state guidance; a statement may cite them but need not. */
export const EXAMPLE_SECTIONS = new Set(['in-practice']);

/** Reads a page's headings and the text of each section. */
export function parseGuidance(source: string, file: string, slug: string): GuidancePage {
  const page: GuidancePage = { slug, file, sections: scanSections(source) ?? parseSections(source) };
  const reviewDue = reviewDueOf(source);
  if (reviewDue) page.reviewDue = reviewDue;
  const questions = questionKeysOf(source);
  if (questions.length) page.questions = questions;
  return page;
}

/**
 * The `reviewDue` day in a page's frontmatter and its line, read from the text: the schema itself is
 * Astro's to apply, the cross-check only needs the day to warn about pages past it.
 */
export function reviewDueOf(source: string): { day: string; line: number } | undefined {
  const lines = source.split('\n');
  if (lines[0]?.trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length && lines[i]!.trimEnd() !== '---'; i++) {
    const match = /^reviewDue:\s*['"]?(\d{4}-\d{2}-\d{2})/.exec(lines[i]!);
    if (match) return { day: match[1]!, line: i + 1 };
  }
  return undefined;
}

/** The sections through the full MDX parser: exact for any page, but about 5 ms a page. */
export function parseSections(source: string): Section[] {
  const tree = parseMdx(source);
  const slugger = new GithubSlugger();
  const blocks = tree.children.filter((n) => n.type !== 'yaml' && n.type !== 'mdxjsEsm');
  const headings = blocks
    .map((node, index) => ({ node, index }))
    .filter((h): h is { node: Extract<RootContent, { type: 'heading' }>; index: number } => h.node.type === 'heading');
  return headings.map(({ node, index }) => {
    const title = toString(node);
    const end = blocks.findIndex((n, i) => i > index && n.type === 'heading' && n.depth <= node.depth);
    const text = blocks.slice(index, end < 0 ? undefined : end).map(plainText).join('\n');
    return { depth: node.depth, title, anchor: slugger.slug(title), line: node.position?.start.line ?? 1, text };
  });
}

/**
 * Lines the fast scanner leaves to the parser: code, HTML/JSX, expressions, ESM, tables, quotes, escapes,
 * entities, images, reference links, setext underlines and thematic breaks, and indented lines.
 */
const NEEDS_PARSER = /^(?:\s|[<{>=]|import |export |-{2,}|-\s*$|\*\*\*|___|\[[^\]]*\]:)|[\\&<{`~|]|!\[|\]\[|\]\([^)]*\(/;
/** A top-level ATX heading with plain text: `## Gifts, favours and offers`. */
const HEADING = /^(#{1,6})[ \t]+([^*_[\]#]*?)[ \t]*$/;
const LINK = /\[([^\]]*)\]\([^)]*\)/g;
/** Markup between words; a space stands in for it, as the parser's text nodes are joined with spaces. */
const MARKUP = /[*_]+/g;

/** One non-blank line of a plain page: a heading, or the words of any other line with its markup taken out. */
interface Line {
  line: number;
  heading?: { depth: number; title: string };
  text: string;
}

/**
 * Reads a page written in plain Markdown (headings, paragraphs, lists, bold, links) line by line: the
 * cross-check and the search vocabulary read every page on every build, and the full parser costs more than
 * all the rest of either. Returns undefined for anything else, which then goes through the parser.
 */
function scanLines(source: string): Line[] | undefined {
  const lines = source.split('\n');
  let first = 0;
  if (lines[0]?.trimEnd() === '---') {
    first = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---') + 1;
    if (first === 0) return undefined;
  }
  const out: Line[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!line.trim()) continue;
    if (NEEDS_PARSER.test(line)) return undefined;
    const heading = HEADING.exec(line);
    if (heading?.[2]) {
      out.push({ line: i + 1, heading: { depth: heading[1]!.length, title: heading[2] }, text: heading[2] });
      continue;
    }
    if (/^#{1,6}(\s|$)/.test(line)) return undefined;
    const text = line
      .replace(/^(?:[-*+]|\d{1,9}[.)])[ \t]+/, '')
      .replace(LINK, ' $1 ')
      .replace(MARKUP, ' ');
    if (/[[\]]/.test(text)) return undefined;
    out.push({ line: i + 1, text });
  }
  return out;
}

/**
 * The sections of a plain page without the parser (see scanLines), or undefined; a unit test holds this to
 * the parser's answer for every page of the guide.
 */
export function scanSections(source: string): Section[] | undefined {
  const lines = scanLines(source);
  if (!lines) return undefined;
  const slugger = new GithubSlugger();
  const sections: { section: Section; parts: string[] }[] = [];
  const open: typeof sections = [];
  for (const { line, heading, text } of lines) {
    if (heading) {
      const { depth, title } = heading;
      // A heading ends every open section at its level or deeper, and belongs to the ones above it.
      while (open.length && open.at(-1)!.section.depth >= depth) open.pop();
      const entry = { section: { depth, title, anchor: slugger.slug(title), line, text: '' }, parts: [] as string[] };
      sections.push(entry);
      open.push(entry);
    }
    for (const o of open) o.parts.push(text);
  }
  return sections.map(({ section, parts }) => ({ ...section, text: parts.join('\n') }));
}

/** Every piece of text on a page (headings, paragraphs, list items; no link addresses or markup), for word lists. */
export function pageText(source: string): string[] {
  return scanLines(source)?.map((l) => l.text) ?? [plainText(parseMdx(source))];
}

/** The words of a block, with a space between every piece of text, so list items do not run together. */
function plainText(node: Nodes): string {
  const parts: string[] = [];
  visit(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
  });
  return parts.join(' ');
}

/** The slug of a guidance file from its path under the guidance folder. */
export function slugOf(file: string, guidanceDir: string): string {
  return file.slice(guidanceDir.length + 1).replace(/\.mdx$/, '');
}
