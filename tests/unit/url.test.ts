import { describe, expect, it } from 'vitest';
import { guidanceHref, withBase } from '../../src/core/url.ts';
import rehypeBaseLinks from '../../src/core/rehype-base-links.ts';
import type { Root } from 'hast';

describe('addresses', () => {
  it('puts the base path in front, with single slashes', () => {
    expect(withBase('search/', '/')).toBe('/search/');
    expect(withBase('/search/', '/rapport/')).toBe('/rapport/search/');
    expect(withBase('', '/rapport')).toBe('/rapport/');
    expect(guidanceHref('components/communication', '/rapport/')).toBe('/rapport/guidance/components/communication/');
  });

  it('rewrites root links in content but leaves other links alone', () => {
    const link = (href: string) => ({ type: 'element' as const, tagName: 'a', properties: { href }, children: [] });
    const tree: Root = { type: 'root', children: [link('/guidance/x/'), link('https://example.org/'), link('#top'), link('//cdn.example/')] };
    rehypeBaseLinks({ base: '/rapport/' })(tree);
    expect(tree.children.map((n) => (n.type === 'element' ? n.properties['href'] : null))).toEqual([
      '/rapport/guidance/x/',
      'https://example.org/',
      '#top',
      '//cdn.example/',
    ]);
  });
});
