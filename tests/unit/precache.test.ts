import { describe, expect, it } from 'vitest';
import { IGNORED_URL_PARAMETERS, pdfRevisionsFromPages, unusedPagefindWasm } from '../../src/lib/precache.ts';

describe('precache', () => {
  it('leaves out only the WebAssembly of languages the index does not have', () => {
    const entry = JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } });
    expect(unusedPagefindWasm(entry, ['wasm.en.pagefind', 'wasm.unknown.pagefind'])).toEqual(['pagefind/wasm.unknown.pagefind']);
  });

  it('keeps every WebAssembly file when the entry file cannot be read', () => {
    expect(unusedPagefindWasm('{', ['wasm.en.pagefind', 'wasm.unknown.pagefind'])).toEqual([]);
    expect(unusedPagefindWasm('{}', ['wasm.en.pagefind'])).toEqual([]);
  });

  it('matches Pagefind’s cache-busting and the search query, not other parameters', () => {
    const ignored = (name: string) => IGNORED_URL_PARAMETERS.some((re) => re.test(name));
    expect(ignored('ts')).toBe(true);
    expect(ignored('q')).toBe(true);
    expect(ignored('utm_source')).toBe(true);
    expect(ignored('query')).toBe(false);
    expect(ignored('page')).toBe(false);
  });

  it('gives a printed PDF the revision of the page it was printed from', () => {
    const entries = [
      { url: 'sheets/empathy/index.html', revision: 'abc', size: 1 },
      { url: 'sheets/empathy.pdf', revision: 'changes-every-build', size: 2 },
      { url: 'downloads/leaflet.pdf', revision: 'own', size: 3 },
      { url: '_astro/x.css', revision: null, size: 4 },
    ];
    expect(pdfRevisionsFromPages(entries).map((e) => e.revision)).toEqual(['abc', 'pdf-abc', 'own', null]);
  });
});
