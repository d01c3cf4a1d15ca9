import { describe, expect, it } from 'vitest';
import {
  IGNORED_URL_PARAMETERS,
  largeFiles,
  largeFilesPattern,
  pdfRevisionsFromPages,
  ON_VISIT_TIERS,
  onVisitTiers,
  unusedPagefindWasm,
} from '../../src/build/precache.ts';

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

  it('sets apart the files over the limit, as the addresses a browser asks for', () => {
    const files = [
      { path: 'framework/coverage/index.html', size: 3_000_000 },
      { path: 'guidance/gifts/index.html', size: 9_000 },
      { path: 'framework.json', size: 2_100_000 },
      { path: 'sheets/all.pdf', size: 2 * 1024 * 1024 },
      { path: 'index.html', size: 5_000_000 },
    ];
    expect(largeFiles(files)).toEqual({
      paths: ['framework.json', 'framework/coverage/index.html', 'index.html'],
      urls: ['framework.json', 'framework/coverage/', ''],
      overLimit: ['framework.json', 'framework/coverage/index.html', 'index.html'],
    });
  });

  it('routes exactly those addresses under the base, with or without a query', () => {
    const pattern = largeFilesPattern('/rapport/', ['framework/coverage/', 'framework.json']);
    expect(pattern.test('https://care.example/rapport/framework/coverage/')).toBe(true);
    expect(pattern.test('http://localhost:4321/rapport/framework.json?v=2')).toBe(true);
    expect(pattern.test('https://care.example/rapport/framework/')).toBe(false);
    expect(pattern.test('https://care.example/rapport/frameworkxjson')).toBe(false);
    expect(pattern.test('https://care.example/other/rapport/framework.json')).toBe(false);
    expect(pattern.test('https://care.example/rapport/framework/coverage/extra')).toBe(false);
  });

  it('leaves statement pages, then sheet PDFs, to the visit only while the files to precache pass the budget', () => {
    const files = [
      { path: 'index.html', size: 600 },
      { path: 'c/BND-03/index.html', size: 500 },
      { path: 'sheets/boundaries.pdf', size: 400 },
    ];
    const names = (budget: number) => onVisitTiers(files, budget).map((t) => t.name);
    expect(names(1500)).toEqual([]);
    expect(names(1499)).toEqual(['statement pages']);
    expect(names(1000)).toEqual(['statement pages']);
    expect(names(999)).toEqual(['statement pages', 'sheet PDFs']);
    expect(names(10)).toEqual(['statement pages', 'sheet PDFs']);
  });

  it('routes statement pages under the base, and nothing else', () => {
    const pattern = ON_VISIT_TIERS[0]!.pattern('/rapport/');
    expect(pattern.test('https://care.example/rapport/c/BND-03/')).toBe(true);
    expect(pattern.test('https://care.example/rapport/c/BND-03/index.html?utm_source=qr')).toBe(true);
    expect(pattern.test('https://care.example/rapport/c/')).toBe(false);
    expect(pattern.test('https://care.example/rapport/c/BND-03/extra/')).toBe(false);
    expect(pattern.test('https://care.example/rapport/framework/boundaries/')).toBe(false);
    expect(pattern.test('https://care.example/c/BND-03/')).toBe(false);
  });

  it('routes PDFs under the base, and nothing else', () => {
    const pattern = ON_VISIT_TIERS[1]!.pattern('/rapport/');
    expect(pattern.test('https://care.example/rapport/sheets/boundaries.pdf')).toBe(true);
    expect(pattern.test('https://care.example/rapport/sheets/boundaries.pdf?download=1')).toBe(true);
    expect(pattern.test('https://care.example/rapport/sheets/boundaries/')).toBe(false);
    expect(pattern.test('https://care.example/rapport/search/?q=x.pdf')).toBe(false);
    expect(pattern.test('https://care.example/other/sheets/boundaries.pdf')).toBe(false);
    expect(ON_VISIT_TIERS.map((t) => t.has('sheets/boundaries.pdf'))).toEqual([false, true]);
    expect(ON_VISIT_TIERS.map((t) => t.has('c/BND-03/index.html'))).toEqual([true, false]);
  });

  it('keeps the printouts for trainers for the visit, whatever their size, and not the pages they repeat', () => {
    const files = [
      { path: 'print/boundaries/index.html', size: 10 },
      { path: 'print/index.html', size: 10 },
      { path: 'sheets/all/index.html', size: 10 },
      { path: 'sheets/boundaries/index.html', size: 10 },
      { path: 'guidance/gifts/index.html', size: 10 },
    ];
    expect(largeFiles(files, 1000)).toEqual({
      paths: ['print/boundaries/index.html', 'print/index.html', 'sheets/all/index.html'],
      urls: ['print/boundaries/', 'print/', 'sheets/all/'],
      overLimit: [],
    });
  });
});
