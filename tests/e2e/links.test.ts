/**
 * Every built page, from its file: 0 broken internal links (links, assets, forms, #fragments) for the base path
 * the site was built for, and nothing inline that the Content-Security-Policy would refuse.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { builtPages, DIST } from '../support/site.ts';
import { checkSite, formatReport } from '../../src/build/linkcheck.ts';
import { config } from '../../src/data/config.ts';

describe(`the site in ${DIST}/ (base ${config.base})`, () => {
  it('has no broken internal link on any page', () => {
    const report = checkSite(DIST, { base: config.base, site: config.site });
    console.log(formatReport(DIST, report).split('\n').at(-1));
    expect(report.pages).toBeGreaterThanOrEqual(100);
    expect(report.internal).toBeGreaterThan(report.pages * 10);
    expect(report.broken).toEqual([]);
  });

  it.each(builtPages())('%s has no inline script, style, style attribute or event handler', (page) => {
    const file = `${DIST}/${page.endsWith('.html') ? page : `${page}index.html`}`;
    const found: string[] = [];
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
      const p = node.properties;
      // A data block (JSON) is never run, so the CSP's script-src does not apply to it.
      const data = p['type'] === 'application/ld+json' || p['type'] === 'application/json';
      if (node.tagName === 'script' && !p['src'] && !data) found.push('inline <script>');
      if (node.tagName === 'style') found.push('<style> element');
      if (p['style'] !== undefined) found.push(`style attribute on <${node.tagName}>`);
      for (const name of Object.keys(p)) if (/^on[A-Z]/.test(name)) found.push(`${name} handler on <${node.tagName}>`);
    });
    expect(found).toEqual([]);
  });
});
