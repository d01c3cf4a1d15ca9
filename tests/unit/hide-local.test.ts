import { describe, expect, it } from 'vitest';
import { hiddenGlobs, isHidden, isHiddenRef } from '../../src/core/hide.ts';
import { localInOrder } from '../../src/core/local.ts';
import { guidancePath, pagePath } from '../../src/core/competency.ts';

describe('hidden sections', () => {
  const hide = ['guidance/final-thoughts', 'guidance/components'];

  it('hide a page and the pages under it, and nothing else', () => {
    expect(isHidden('final-thoughts', hide)).toBe(true);
    expect(isHidden('components', hide)).toBe(true);
    expect(isHidden('components/empathy', hide)).toBe(true);
    expect(isHidden('components-extra', hide)).toBe(false);
    expect(isHidden('final-thoughts-2', hide)).toBe(false);
  });

  it('hide guidance in those pages, never in local pages', () => {
    expect(isHiddenRef('components/empathy#what-empathy-is', hide)).toBe(true);
    expect(isHiddenRef('barriers#x', hide)).toBe(false);
    expect(isHiddenRef('local/final-thoughts#x', ['guidance/local/final-thoughts'])).toBe(false);
  });

  it('become glob patterns that leave the files out of the collection', () => {
    expect(hiddenGlobs(hide)).toEqual(['!final-thoughts.mdx', '!final-thoughts/**', '!components.mdx', '!components/**']);
  });
});

describe('local pages', () => {
  it('live at /local/<name>/, and guidance in them links there', () => {
    expect(pagePath('local/our-gifts-policy')).toBe('local/our-gifts-policy/');
    expect(pagePath('components/empathy')).toBe('guidance/components/empathy/');
    expect(guidancePath('local/our-gifts-policy#wills-and-large-gifts')).toBe('local/our-gifts-policy/#wills-and-large-gifts');
  });

  it('are listed by order, then by title', () => {
    const page = (id: string, title: string, order?: number) => ({ id, data: { title, order } });
    const sorted = localInOrder([page('c', 'Safeguarding contacts'), page('b', 'Our gifts policy', 2), page('a', 'Lone working'), page('d', 'Fire', 1)]);
    expect(sorted.map((p) => p.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});
