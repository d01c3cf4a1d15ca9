// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { config } from './src/data/config.ts';
import { distDir } from './src/data/paths.ts';
import rehypeBaseLinks from './src/core/rehype-base-links.ts';
import crosscheck from './src/integrations/crosscheck.ts';
import sheetPdfs from './src/integrations/sheet-pdfs.ts';
import rehypeSectionQuestions from './src/build/rehype-section-questions.ts';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import compress from './src/integrations/compress.ts';
import brandCss from './src/integrations/brand-css.ts';
import { brandColours } from './src/core/brand.ts';

export default defineConfig({
  ...(config.site ? { site: config.site } : {}),
  base: config.base,
  // Directory URLs with a trailing slash: stable addresses for printed sheets, and what static hosts serve.
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // RAPPORT_DIST builds a second copy beside the first (CI builds one under /rapport/ in dist-sub).
  outDir: distDir,
  // No inline assets, so a strict Content-Security-Policy needs no 'unsafe-inline'.
  // The brand colour from rapport.config.ts becomes a stylesheet bundled with the others.
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [brandCss(brandColours(config.brandColour, config.darkBrandColour))],
  },
  markdown: { rehypePlugins: [[rehypeBaseLinks, { base: config.base }], rehypeSectionQuestions] },
  // In the order they must run. Before rendering: the cross-check (fails fast), then the PDF browser decision.
  // After the site is written: the search index, the sheet PDFs, the service worker that precaches all of
  // them, and compression of every text file last.
  integrations: [
    crosscheck(),
    mdx(),
    ...(config.site ? [sitemap({ filter: (page) => !page.endsWith('/offline/') })] : []),
    pagefind(),
    sheetPdfs(),
    offline(),
    compress(),
  ],
});
