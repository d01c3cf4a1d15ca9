/**
 * The brand colour as CSS: appended to src/styles/global.css as Vite reads it, so it lands in the site's hashed
 * stylesheet after the defaults, in dev and in the build alike. No extra request, no inline style, nothing
 * generated into the source tree. The defaults themselves name Rapport's own colour as
 * `var(--default-brand-colour)`, written in here from the one default in src/core/brand.ts.
 */
import type { Plugin } from 'vite';
import { DEFAULT_BRAND_COLOUR, brandStylesheet, type BrandColours } from '../core/brand.ts';

/** The stylesheet whose defaults the brand colour overrides. */
export const BRAND_TARGET = /\/src\/styles\/global\.css$/;

/** Where global.css names Rapport's own colour. */
export const DEFAULT_MARK = /var\(\s*--default-brand-colour\s*\)/g;

/** global.css with the default colour written in and the brand colour appended. */
export function brandedGlobalCss(code: string, colours: BrandColours): string {
  return `${code.replace(DEFAULT_MARK, DEFAULT_BRAND_COLOUR)}\n${brandStylesheet(colours)}`;
}

export default function brandCss(colours: BrandColours): Plugin {
  return {
    name: 'rapport:brand-css',
    transform: (code, id) => (BRAND_TARGET.test(id.split('?')[0]!) ? { code: brandedGlobalCss(code, colours), map: null } : undefined),
  };
}
