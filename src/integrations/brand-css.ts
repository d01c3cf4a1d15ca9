/**
 * The brand colour as a stylesheet: a virtual CSS module that Base.astro imports after global.css, so Vite
 * bundles it into the site's hashed CSS file. No extra request, no inline style, nothing to edit by hand.
 */
import type { Plugin } from 'vite';
import { brandStylesheet, type BrandColours } from '../lib/brand.ts';

export const BRAND_CSS = 'virtual:rapport/brand.css';
const RESOLVED = `\0${BRAND_CSS}`;

export default function brandCss(colours: BrandColours): Plugin {
  return {
    name: 'rapport:brand-css',
    resolveId: (id) => (id === BRAND_CSS ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? brandStylesheet(colours) : undefined),
  };
}
