/**
 * The brand colour as CSS: appended to src/styles/global.css as Vite reads it, so it lands in the site's hashed
 * stylesheet after the defaults, in dev and in the build alike. No extra request, no inline style, nothing
 * generated into the source tree.
 */
import type { Plugin } from 'vite';
import { brandStylesheet, type BrandColours } from '../core/brand.ts';

/** The stylesheet whose defaults the brand colour overrides. */
export const BRAND_TARGET = /\/src\/styles\/global\.css$/;

export default function brandCss(colours: BrandColours): Plugin {
  return {
    name: 'rapport:brand-css',
    transform: (code, id) => (BRAND_TARGET.test(id.split('?')[0]!) ? { code: `${code}\n${brandStylesheet(colours)}`, map: null } : undefined),
  };
}
