/**
 * Link check of a built site, from its files: every internal link, asset, form and fragment on every page must
 * reach something that exists under the base path. Catches the sub-path bugs (a link written from the host's
 * root instead of the base), missing trailing slashes (each a redirect) and anchors that have gone.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { filesUnder } from './files.ts';

export interface PageLinks {
  /** Every id (and <a name>) on the page: the fragments other pages may link to. */
  ids: Set<string>;
  /** Every address the page refers to, as written. */
  refs: string[];
}

/** Attributes that hold one address, by element (hast property names). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xLinkHref'],
  image: ['href', 'xLinkHref'],
};

/** The ids a page offers and the addresses it refers to. */
export function parsePage(html: string): PageLinks {
  const ids = new Set<string>();
  const refs: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    const p = node.properties;
    if (typeof p['id'] === 'string') ids.add(p['id']);
    if (node.tagName === 'a' && typeof p['name'] === 'string') ids.add(p['name']);
    for (const attr of URL_ATTRIBUTES[node.tagName] ?? []) {
      const value = p[attr];
      if (typeof value === 'string') refs.push(value);
    }
    for (const attr of ['srcSet', 'imageSrcSet']) {
      const value = p[attr];
      const list = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
      for (const candidate of list.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push(url);
      }
    }
    if (node.tagName === 'meta' && String(p['httpEquiv'] ?? '').toLowerCase() === 'refresh') {
      const match = /url\s*=\s*['"]?([^'"]+)/i.exec(String(p['content'] ?? ''));
      if (match?.[1]) refs.push(match[1]);
    }
  });
  return { ids, refs };
}

export interface BrokenLink {
  /** The page, as a file under the site folder. */
  page: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Every reference counted, on every page. */
  links: number;
  internal: number;
  external: number;
  /** Internal references with a #fragment, checked against the target page's ids. */
  fragments: number;
  /** Distinct internal addresses (without fragment) checked. */
  targets: number;
  broken: BrokenLink[];
}

export interface CheckOptions {
  /** The base path the site was built for, e.g. "/" or "/rapport/". */
  base: string;
  /** The site's own address when set (canonical links use it); other origins are external. */
  site?: string | undefined;
}


/** The address a built file is served at, below the base: "guidance/x/index.html" → "guidance/x/". */
export function pathOfFile(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

export function checkSite(dir: string, options: CheckOptions): LinkReport {
  const origin = options.site ? new URL(options.site).origin : 'https://rapport.invalid';
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const files = filesUnder(dir, ['.html']);
  const parsed = new Map<string, PageLinks>();
  const pageLinks = (file: string) => {
    let links = parsed.get(file);
    if (!links) {
      links = parsePage(readFileSync(join(dir, file), 'utf8'));
      parsed.set(file, links);
    }
    return links;
  };
  const report: LinkReport = { pages: files.length, links: 0, internal: 0, external: 0, fragments: 0, targets: 0, broken: [] };
  const targets = new Set<string>();

  for (const file of files) {
    const pageUrl = new URL(`${base}${pathOfFile(file)}`, origin);
    for (const ref of pageLinks(file).refs) {
      report.links++;
      const broken = (reason: string) => report.broken.push({ page: file, url: ref, reason });
      if (/^\s*javascript:/i.test(ref)) {
        broken('a javascript: address is inline script, which the Content-Security-Policy refuses');
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref, pageUrl);
      } catch {
        broken('not a valid address');
        continue;
      }
      if (!/^https?:$/.test(url.protocol) || url.origin !== origin) {
        report.external++;
        continue;
      }
      report.internal++;
      if (!url.pathname.startsWith(base)) {
        broken(`outside the base path ${base}: write it with withBase()`);
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
      targets.add(url.pathname);
      const full = join(dir, target);
      if (!existsSync(full) || statSync(full).isDirectory()) {
        broken(existsSync(join(dir, rel, 'index.html')) ? 'no trailing slash: every visit costs a redirect' : 'nothing there');
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        report.fragments++;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!pageLinks(target).ids.has(id)) broken(`no element with id "${id}" on ${target}`);
      } else if (ref.trim().endsWith('#')) {
        broken('an empty fragment goes nowhere');
      }
    }
  }
  report.targets = targets.size;
  return report;
}

export function formatReport(dir: string, report: LinkReport): string {
  const lines = report.broken.map((b) => `${dir}/${b.page}: ${b.url} (${b.reason})`);
  lines.push(
    `linkcheck: ${report.pages} pages, ${report.links} links (${report.internal} internal to ${report.targets} addresses, ` +
      `${report.fragments} with #fragments; ${report.external} external, not followed), ${report.broken.length} broken`,
  );
  return lines.join('\n');
}
