/**
 * The web app manifest and its icons, so staff can add the guide to a phone's home screen.
 * Pure: the icons are drawn from public/favicon.svg by src/pages/icons/[name].png.ts.
 */
import type { SiteConfig } from './schema/site-config.ts';
import { withBase } from './url.ts';
import { DEFAULT_BRAND_COLOUR, LIGHT_BACKGROUND } from './brand.ts';

/** The header colour (--accent in global.css): the phone's status bar and the icons' background. */
export const THEME_COLOUR = DEFAULT_BRAND_COLOUR;
export const BACKGROUND_COLOUR = LIGHT_BACKGROUND;

export interface Icon {
  /** Below the base path, e.g. "icons/icon-192.png". */
  file: string;
  size: number;
  /** "maskable" icons are cropped to a circle or squircle by Android: they get a full background and a margin. */
  purpose: 'any' | 'maskable' | 'apple';
}

export const ICONS: readonly Icon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
  // iOS ignores the manifest's icons and fills transparent corners with black, so it gets its own, full-bleed.
  { file: 'icons/apple-touch-icon.png', size: 180, purpose: 'apple' },
];

export const APPLE_TOUCH_ICON = ICONS.find((i) => i.purpose === 'apple')!;

/** Android shows short names under home-screen icons and cuts them at about 12 characters. */
const SHORT_NAME_MAX = 12;

export function webManifest(config: SiteConfig, base: string = config.base) {
  const { title, tagline, organisation } = config;
  const shortName =
    title.length <= SHORT_NAME_MAX || !organisation.shortName || organisation.shortName.length > title.length
      ? title
      : organisation.shortName;
  return {
    id: withBase('', base),
    name: organisation.name === title ? title : `${title} – ${organisation.name}`,
    short_name: shortName,
    description: tagline,
    lang: 'en-GB',
    dir: 'ltr',
    start_url: withBase('', base),
    scope: withBase('', base),
    display: 'standalone',
    background_color: BACKGROUND_COLOUR,
    theme_color: config.brandColour,
    icons: ICONS.filter((i) => i.purpose !== 'apple').map((i) => ({
      src: withBase(i.file, base),
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.purpose,
    })),
  };
}

/**
 * An SVG of `size` pixels drawing `source` (the favicon) for one icon. Maskable icons keep the drawing inside
 * the middle 80 % (Android's safe zone is a circle of 40 % radius) on a full background; Apple's fill the square.
 */
export function iconSvg(source: string, icon: Icon, background: string = THEME_COLOUR): string {
  const root = /<svg\b[^>]*>/.exec(source);
  if (!root) throw new Error('public/favicon.svg has no <svg> element: the app icons are drawn from it.');
  const pad = icon.purpose === 'maskable' ? 10 : 0;
  const place = `<svg x="${pad}" y="${pad}" width="${100 - 2 * pad}" height="${100 - 2 * pad}"`;
  // The favicon becomes a nested <svg> placed in a 100 × 100 box; its own viewBox keeps its proportions.
  const inner = source.slice(root.index).replace(root[0], () =>
    root[0].replace(/\s(?:width|height|x|y)="[^"]*"/g, '').replace(/^<svg/, place),
  );
  const fill = icon.purpose === 'any' ? '' : `<rect width="100" height="100" fill="${background}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${icon.size}" height="${icon.size}" viewBox="0 0 100 100">` +
    fill +
    inner +
    '</svg>'
  );
}
