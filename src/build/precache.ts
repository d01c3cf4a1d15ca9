/**
 * What the service worker precaches (scripts/offline.ts): every page, stylesheet, script, download, icon,
 * sheet PDF and the Pagefind index, so the whole guide works offline after the first visit.
 */
import { STATEMENT_DIR } from '../core/competency.ts';

/** Built files that are never needed offline (globs relative to dist/). */
export const PRECACHE_IGNORE = [
  'sw.js',
  '**/*.part',
  // Precompressed copies for the web server (scripts/compress.ts); the browser gets them transparently.
  '**/*.gz',
  '**/*.br',
  'sitemap-*.xml',
  // Pagefind's ready-made search interfaces: the search page uses its own (src/browser/search.ts).
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  // Files for learning systems to import (src/pages/framework/downloads.astro): nobody needs them offline, and the
  // CASE package alone is larger than the rest of the framework.
  'framework.case.json',
  'framework.moodle.csv',
  'badges/**',
  // The English word list for "Did you mean" (2.7 MB in all): fetched a file at a time, only when needed.
  'search/words/**',
];

/**
 * Query parameters that do not change the file: Pagefind asks for `pagefind-entry.json?ts=<now>`, and the
 * search page is `/search/?q=…` (its script reads the query). Without these, both miss the cache offline.
 */
export const IGNORED_URL_PARAMETERS: RegExp[] = [/^utm_/, /^fbclid$/, /^ts$/, /^q$/];

/** A site whose precache grows past this is slow to install on a phone; the build warns. */
export const PRECACHE_WARN_BYTES = 5 * 1024 * 1024;

/**
 * Workbox's own limit for one precached file (maximumFileSizeToCacheInBytes). Only pages that hold a whole
 * large guide or framework reach it (the coverage table, the pack of every sheet, the guide to print): a phone
 * should not download those unasked on every update, so they are kept when first opened instead.
 */
export const PRECACHE_MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Pages kept when first opened whatever their size: the printed guide (print/) and each domain's printed
 * guidance (print/<domain>/) and the pack of every sheet (sheets/all/) repeat pages that are kept offline on their
 * own, and only trainers print them.
 */
export const ON_VISIT_ONLY = /^(?:print\/(?:[^/]+\/)?|sheets\/all\/)index\.html$/;

/** The cache for files not precached (too large, or left to the visit): each is saved the first time it is opened online. */
export const LARGE_FILES_CACHE = 'rapport-large-files';

/** What the worker shows offline for a page kept only once opened that has not been opened yet (src/pages/offline.astro). */
export const NOT_SAVED_PAGE = 'offline/index.html';

/** A kind of file a large site saves when first opened rather than in advance. */
export interface OnVisitTier {
  /** What the build log calls them: "statement pages", and one of them. */
  name: string;
  one: string;
  /** Whether a built file (path relative to dist/) is one. */
  has(path: string): boolean;
  /** Workbox's glob for them, to leave them out of the precache. */
  glob: string;
  /** The service worker's route for them under the site's base. */
  pattern(base: string): RegExp;
}

/**
 * What is left to the visit, in this order, while the precache would pass its budget. The real guide (about
 * 2 MB) needs neither; a framework of thousands of statements needs both.
 */
export const ON_VISIT_TIERS: readonly OnVisitTier[] = [
  {
    // The one kind of page a large framework has thousands of: 10,000 of the 14,700 files at 2,000 pages.
    // Offline, the statements are still on their domain's page and in the sheets.
    name: 'statement pages',
    one: 'statement page',
    has: (path) => path.startsWith(STATEMENT_DIR),
    glob: `${STATEMENT_DIR}**`,
    pattern: (base) => new RegExp(`^https?://[^/]+${escape(base)}${escape(STATEMENT_DIR)}[^/?#]+/(?:index\\.html)?(?:\\?.*)?$`),
  },
  {
    // Most of the bytes of a large framework's precache, and PDFs hardly compress. Offline, each sheet's page
    // prints the same A4 sheet.
    name: 'sheet PDFs',
    one: 'sheet PDF',
    has: (path) => path.endsWith('.pdf'),
    glob: '**/*.pdf',
    pattern: (base) => new RegExp(`^https?://[^/]+${escape(base)}[^?#]*\\.pdf(?:\\?.*)?$`),
  },
];

/**
 * The tiers to leave to the visit: none while the files to precache (path relative to dist/, size in bytes; the
 * large ones already left out) come to `budget` or less, then one tier after another until they do, or none is left.
 */
export function onVisitTiers(files: { path: string; size: number }[], budget = PRECACHE_WARN_BYTES): OnVisitTier[] {
  let total = files.reduce((sum, f) => sum + f.size, 0);
  const tiers: OnVisitTier[] = [];
  for (const tier of ON_VISIT_TIERS) {
    if (total <= budget) break;
    tiers.push(tier);
    total -= files.filter((f) => tier.has(f.path)).reduce((sum, f) => sum + f.size, 0);
  }
  return tiers;
}

/**
 * The built files (path relative to dist/, size in bytes) not to precache, too large or printouts: their paths,
 * their URLs as the service worker sees them (relative to sw.js, `x/index.html` as `x/`), and which of them are
 * there for their size alone (the printouts are left to the visit by design, whatever their size).
 */
export function largeFiles(
  files: { path: string; size: number }[],
  limit = PRECACHE_MAX_FILE_BYTES,
): { paths: string[]; urls: string[]; overLimit: string[] } {
  const paths = files.filter((f) => f.size > limit || ON_VISIT_ONLY.test(f.path)).map((f) => f.path).sort();
  return {
    paths,
    urls: paths.map((p) => (p === 'index.html' ? '' : p.replace(/(^|\/)index\.html$/, '$1'))),
    overLimit: paths.filter((p) => !ON_VISIT_ONLY.test(p)),
  };
}

/**
 * Pagefind writes a WebAssembly file per language family; only those its entry file names are ever loaded.
 * Returns the globs of the others, e.g. ["pagefind/wasm.unknown.pagefind"].
 */
export function unusedPagefindWasm(entryJson: string, wasmFiles: string[]): string[] {
  let used: Set<string>;
  try {
    const entry = JSON.parse(entryJson) as { languages?: Record<string, { wasm?: string }> };
    used = new Set(Object.values(entry.languages ?? {}).map((l) => `wasm.${l.wasm}.pagefind`));
  } catch {
    return []; // unreadable: precache them all rather than risk breaking search
  }
  if (used.size === 0) return [];
  return wasmFiles.filter((f) => !used.has(f)).map((f) => `pagefind/${f}`);
}

/**
 * The service worker's route for the large files: a regular expression (a function could not reach the list
 * once Workbox writes it into sw.js) matching their addresses under the site's base, with any query.
 */
export function largeFilesPattern(base: string, urls: string[]): RegExp {
  return new RegExp(`^https?://[^/]+${escape(base)}(?:${urls.map(escape).join('|')})(?:\\?.*)?$`);
}

/** Text to match as it is in a regular expression (one written into sw.js, so also with its slashes escaped). */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Entry {
  url: string;
  revision: string | null;
}

/**
 * Chromium writes the time into every PDF, so a rebuild with nothing changed would still look like a new
 * version to every reader. A PDF printed from a page (`sheets/x.pdf` from `sheets/x/index.html`) takes its
 * revision from that page instead: the page's hash covers its text and, through hashed file names, its CSS.
 */
export function pdfRevisionsFromPages<T extends Entry>(entries: T[]): T[] {
  const byUrl = new Map(entries.map((e) => [e.url, e]));
  return entries.map((e) => {
    const page = e.url.endsWith('.pdf') ? byUrl.get(`${e.url.slice(0, -'.pdf'.length)}/index.html`) : undefined;
    return page?.revision ? { ...e, revision: `pdf-${page.revision}` } : e;
  });
}
