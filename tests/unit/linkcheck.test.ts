import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite, parsePage, pathOfFile } from '../../src/build/linkcheck.ts';

const root = mkdtempSync(join(tmpdir(), 'rapport-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const page = (body: string) => `<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`;

describe('reading a page', () => {
  it('finds ids and every kind of address', () => {
    const links = parsePage(
      page(`<h2 id="gifts">Gifts</h2><a name="old"></a><a href="/a/">a</a><img src="i.png" srcset="i-2.png 2x, i-3.png 3x" alt="">
        <link rel="stylesheet" href="/s.css"><script src="/x.js"></script><form action="/search/"></form>
        <svg><use href="#icon"></use></svg><meta http-equiv="refresh" content="0; url=/new/">`),
    );
    expect([...links.ids]).toEqual(['gifts', 'old']);
    expect(links.refs.sort()).toEqual(['#icon', '/a/', '/new/', '/s.css', '/search/', '/x.js', 'i-2.png', 'i-3.png', 'i.png'].sort());
  });

  it('knows the address each file is served at', () => {
    expect(pathOfFile('index.html')).toBe('');
    expect(pathOfFile('guidance/x/index.html')).toBe('guidance/x/');
    expect(pathOfFile('404.html')).toBe('404.html');
  });
});

describe('checking a site', () => {
  const good = {
    'index.html': page('<a href="/rapport/guidance/x/#gifts">x</a><a href="guidance/x/">relative</a><link rel="stylesheet" href="/rapport/_astro/s.css"><a href="https://example.org/">out</a><a href="mailto:a@b.example">mail</a><a href="#main">skip</a><main id="main"></main>'),
    'guidance/x/index.html': page('<h2 id="gifts">Gifts</h2><a href="../../">home</a><a href="/rapport/sheets/x.pdf">pdf</a>'),
    '_astro/s.css': 'body{}',
    'sheets/x.pdf': '%PDF',
  };

  it('passes a site whose every link, asset and anchor is there, and counts them', () => {
    const report = checkSite(site('good', good), { base: '/rapport/' });
    expect(report.broken).toEqual([]);
    expect(report).toMatchObject({ pages: 2, links: 8, internal: 6, external: 2, fragments: 2 });
  });

  it('reports each kind of broken link, with why', () => {
    const dir = site('bad', {
      ...good,
      'guidance/y/index.html': page(
        '<a href="/guidance/x/">root, not base</a><a href="/rapport/guidance/x">no slash</a><a href="/rapport/gone/">gone</a>' +
          '<a href="/rapport/guidance/x/#nope">anchor</a><a href="#">empty</a><a href="javascript:alert(1)">js</a><img src="/rapport/logo.svg" alt="">',
      ),
    });
    const reasons = checkSite(dir, { base: '/rapport/' }).broken.map((b) => `${b.url} ${b.reason}`);
    expect(reasons).toEqual([
      '/guidance/x/ outside the base path /rapport/: write it with withBase()',
      '/rapport/guidance/x no trailing slash: every visit costs a redirect',
      '/rapport/gone/ nothing there',
      '/rapport/guidance/x/#nope no element with id "nope" on guidance/x/index.html',
      '# an empty fragment goes nowhere',
      'javascript:alert(1) a javascript: address is inline script, which the Content-Security-Policy refuses',
      '/rapport/logo.svg nothing there',
    ]);
  });

  it("treats the site's own full address as internal", () => {
    const dir = site('canonical', { 'index.html': page('<a href="https://learning.example.org/missing/">x</a>') });
    expect(checkSite(dir, { base: '/', site: 'https://learning.example.org' }).broken).toHaveLength(1);
    expect(checkSite(dir, { base: '/' }).broken).toHaveLength(0);
  });
});
