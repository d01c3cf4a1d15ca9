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
}

/** Headings that illustrate rather than state guidance; a statement may cite them but need not. */
export const EXAMPLE_SECTIONS = new Set(['in-practice']);

/** Reads a page's headings and the text of each section. */
export function parseGuidance(source: string, file: string, slug: string): GuidancePage {
  const tree = parseMdx(source);
  const slugger = new GithubSlugger();
  const blocks = tree.children.filter((n) => n.type !== 'yaml' && n.type !== 'mdxjsEsm');
  const headings = blocks
    .map((node, index) => ({ node, index }))
    .filter((h): h is { node: Extract<RootContent, { type: 'heading' }>; index: number } => h.node.type === 'heading');
  const sections = headings.map(({ node, index }) => {
    const title = toString(node);
    const end = blocks.findIndex((n, i) => i > index && n.type === 'heading' && n.depth <= node.depth);
    const text = blocks.slice(index, end < 0 ? undefined : end).map(plainText).join('\n');
    return { depth: node.depth, title, anchor: slugger.slug(title), line: node.position?.start.line ?? 1, text };
  });
  return { slug, file, sections };
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
