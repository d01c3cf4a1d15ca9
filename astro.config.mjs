// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { config } from './src/lib/config.ts';
import rehypeBaseLinks from './src/lib/rehype-base-links.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  ...(config.site ? { site: config.site } : {}),
  base: config.base,
  // Directory URLs with a trailing slash: stable addresses for printed sheets, and what static hosts serve.
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No inline assets, so a strict Content-Security-Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { rehypePlugins: [[rehypeBaseLinks, { base: config.base }]] },
  integrations: [mdx(), ...(config.site ? [sitemap()] : []), pagefind()],
});
