/**
 * Rehype plugin: content links written from the site root ("/guidance/x/") get the base path in front,
 * so a copy hosted under "/rapport/" keeps working without editing the pages.
 */
import { visit } from 'unist-util-visit';
import type { Root, Element } from 'hast';
import { withBase } from './url.ts';

export default function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties['href'] = withBase(href, options.base);
      }
    });
  };
}
