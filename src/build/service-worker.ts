/**
 * After the whole build (pages, Pagefind index, sheet PDFs): writes <dist>/sw.js, the service worker that
 * precaches the site so it works offline after the first visit. Each file is precached with a content hash,
 * and a new build's worker waits for the reader (src/browser/register-sw.ts) before taking over.
 * A file over Workbox's 2 MB limit (only a whole-guide page of a very large guide) is saved the first time it is
 * opened instead, and so are statement pages, then sheet PDFs, when the site is over 5 MB; the build says so.
 * Fails the build if Workbox would leave out any other file.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import {
  IGNORED_URL_PARAMETERS,
  LARGE_FILES_CACHE,
  NOT_SAVED_PAGE,
  PRECACHE_IGNORE,
  PRECACHE_MAX_FILE_BYTES,
  PRECACHE_WARN_BYTES,
  largeFiles,
  largeFilesPattern,
  pdfRevisionsFromPages,
  onVisitTiers,
  unusedPagefindWasm,
} from './precache.ts';
import { listFiles } from './files.ts';

import { config } from '../data/config.ts';
import { kb, type Log } from './log.ts';

export async function writeServiceWorker(dist: string, log: Log): Promise<void> {
  if (!config.features.offline) {
    // Switched off: make sure no worker from an earlier build is left to serve stale pages.
    rmSync(`${dist}/sw.js`, { force: true });
    log.info('switched off (features.offline in rapport.config.ts); no service worker written.');
    return;
  }
  if (!existsSync(`${dist}/index.html`)) throw new Error(`offline: no built site in ${dist}/: run \`npm run build\` first.`);
  const entry = `${dist}/pagefind/pagefind-entry.json`;
  const unusedWasm = existsSync(entry)
    ? unusedPagefindWasm(readFileSync(entry, 'utf8'), readdirSync(`${dist}/pagefind`).filter((f) => f.startsWith('wasm.')))
    : [];

  const started = performance.now();
  const files = listFiles(dist)
    .filter((file) => !/\.(gz|br|part)$/.test(file))
    .map((file) => ({ path: file.slice(dist.length + 1), stat: statSync(file) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ path, stat }) => ({ path, size: stat.size }));
  const large = largeFiles(files);
  const largeSet = new Set(large.paths);
  const tiers = onVisitTiers(files.filter((f) => !largeSet.has(f.path)));
  // Kept only once opened: offline, one not opened yet shows the "not saved on this device yet" page.
  const onVisitOptions = { cacheName: LARGE_FILES_CACHE, networkTimeoutSeconds: 4, precacheFallback: { fallbackURL: NOT_SAVED_PAGE } };
  let precached: { url: string; size: number }[] = [];
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: [...PRECACHE_IGNORE, ...unusedWasm, ...large.paths, ...tiers.map((t) => t.glob)],
    maximumFileSizeToCacheInBytes: PRECACHE_MAX_FILE_BYTES,
    swDest: `${dist}/sw.js`,
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // URLs in the precache are relative to sw.js, so the worker works under any base path.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: IGNORED_URL_PARAMETERS,
    // Astro's hashed assets need no revision; every other file is keyed by a hash of its content.
    dontCacheBustURLsMatching: /^_astro\//,
    cleanupOutdatedCaches: true,
    // No skipWaiting: pages keep coming from one build until the reader reloads (or closes every tab).
    skipWaiting: false,
    // On the first visit, take control at once so the open page can go offline too.
    clientsClaim: true,
    manifestTransforms: [
      (entries) => {
        precached = entries;
        return { manifest: pdfRevisionsFromPages(entries), warnings: [] };
      },
    ],
    runtimeCaching: [
      ...(large.urls.length
        ? [
            {
              // Too large to precache: the network's copy when online, the copy saved on the last visit when not.
              urlPattern: largeFilesPattern(config.base, large.urls),
              handler: 'NetworkFirst' as const,
              // On poor signal, the saved copy after 4 s rather than a blank screen.
              options: onVisitOptions,
            },
          ]
        : []),
      ...tiers.map((tier) => ({ urlPattern: tier.pattern(config.base), handler: 'NetworkFirst' as const, options: onVisitOptions })),
      {
        // A page that is not in this build: the network's answer online, the site's 404 page offline.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });

  if (warnings.length) throw new Error(`offline: these files would not work offline:\n  ${warnings.join('\n  ')}`);
  const pages = precached.filter((e) => e.url.endsWith('.html')).length;
  const gzip = precached.reduce((sum, e) => sum + gzipSync(readFileSync(`${dist}/${e.url}`)).length, 0);
  log.info(
    `${dist}/sw.js precaches ${count} files (${pages} pages), ${kb(size)} (${kb(gzip)} gzip), ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
  // The printouts are kept only once opened by design (they repeat pages kept offline): worth a line, not a warning.
  const printouts = large.paths.length - large.overLimit.length;
  if (printouts) log.info(`printouts saved when first opened, as they repeat pages kept offline: ${printouts} (print/, sheets/all/).`);
  if (large.overLimit.length) {
    log.warn(
      `over ${kb(PRECACHE_MAX_FILE_BYTES)}, so working offline only once opened online (${large.overLimit.length}):\n  ` +
        large.overLimit.join('\n  '),
    );
  }
  if (tiers.length) {
    const kept = tiers
      .map((tier) => files.filter((f) => tier.has(f.path)).length)
      .map((n, i) => `${n} ${n === 1 ? tiers[i]!.one : tiers[i]!.name}`)
      .join(' and ');
    log.warn(`the site is over ${kb(PRECACHE_WARN_BYTES)}, so its ${kept} are saved when first opened, not in advance.`);
  }
  if (size > PRECACHE_WARN_BYTES) {
    log.warn(`the precache is over ${kb(PRECACHE_WARN_BYTES)}: phones on poor signal will take a while to save the site.`);
  }
}
