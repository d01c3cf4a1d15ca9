// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { config } from './src/lib/config.ts';
import rehypeBaseLinks from './src/lib/rehype-base-links.ts';
import rehypeSectionQuestions from './src/build/rehype-section-questions.ts';
import pagefind from './src/integrations/pagefind.ts';
import brandCss from './src/integrations/brand-css.ts';
import { brandColours } from './src/lib/brand.ts';

export default defineConfig({
  ...(config.site ? { site: config.site } : {}),
  base: config.base,
  // Directory URLs with a trailing slash: stable addresses for printed sheets, and what static hosts serve.
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // RAPPORT_DIST builds a second copy beside the first (CI builds one under /rapport/ in dist-sub).
  outDir: process.env.RAPPORT_DIST ?? './dist',
  // No inline assets, so a strict Content-Security-Policy needs no 'unsafe-inline'.
  // The brand colour from rapport.config.ts becomes a stylesheet bundled with the others.
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [brandCss(brandColours(config.brandColour, config.darkBrandColour))],
  },
  markdown: { rehypePlugins: [[rehypeBaseLinks, { base: config.base }], rehypeSectionQuestions] },
  integrations: [mdx(), ...(config.site ? [sitemap({ filter: (page) => !page.endsWith('/offline/') })] : []), pagefind()],
});
