/**
 * The organisation's brand colour: contrast measured with colorjs.io (WCAG 2.1 ratios), a darker or lighter
 * shade suggested when it fails, and the stylesheet that makes it the site's accent.
 */
import Color from 'colorjs.io';

/** The page background in light mode, and in dark mode (src/styles/global.css). */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#121212';
/** Rapport's own accent, when rapport.config.ts sets no brandColour (also the icons' background; global.css starts from it). */
export const DEFAULT_BRAND_COLOUR = '#1d4f91';
/** WCAG 2.2 AA for text of normal size (1.4.3). */
export const MIN_CONTRAST = 4.5;
/** What a colour worked out for dark mode aims at, so links stay comfortable to read at night. */
export const DARK_TARGET = 7;

/** The colour as a CSS colour value, or undefined when it is not a colour (or is see-through). */
export function parseColour(value: string): Color | undefined {
  try {
    const colour = new Color(value.trim());
    return colour.alpha.valueOf() < 1 ? undefined : colour;
  } catch {
    return undefined;
  }
}

/** Six-digit hex in sRGB, e.g. "#1d4f91": what the stylesheet writes and the messages show. */
export function toHex(colour: Color): string {
  return colour.to('srgb').toGamut().toString({ format: 'hex', collapse: false });
}

/** WCAG 2.1 contrast ratio between two colours, from 1 to 21. */
export function contrast(a: Color | string, b: Color | string): number {
  return new Color(a).contrast(new Color(b), 'WCAG21');
}

/** The ratio as people read it, cut (never rounded up) to two decimals: 4.499 shows as "4.49:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/**
 * The nearest shade of `colour` (same hue, lightness moved in OKLCH) that reaches `min` against `background`:
 * darker on a light background, lighter on a dark one.
 */
export function nearestPassing(colour: Color, background: string, min: number): Color {
  const bg = new Color(background);
  const lighter = bg.luminance < 0.5;
  const start = colour.to('oklch');
  for (let step = 0; step <= 200; step++) {
    const l = start.coords[0]! + (lighter ? step : -step) / 200;
    const candidate = new Color('oklch', [Math.min(1, Math.max(0, l)), start.coords[1]!, start.coords[2] ?? 0]).to('srgb').toGamut();
    // Compare the hex actually written, so the suggestion passes exactly as printed.
    if (contrast(toHex(candidate), bg) >= min) return new Color(toHex(candidate));
  }
  return new Color(lighter ? '#ffffff' : '#000000');
}

export interface BrandColours {
  /** Accent and links on the white page; white header text sits on it. */
  light: string;
  /** The same in dark mode, on the dark background; near-black header text sits on it. */
  dark: string;
}

/** The two accents: the brand colour as given, and for dark mode the colour given or a lighter shade worked out. */
export function brandColours(brand: string, darkBrand?: string): BrandColours {
  const light = parseColour(brand);
  if (!light) throw new Error(`Not a colour: ${brand}`);
  const dark = darkBrand ? parseColour(darkBrand) : nearestPassing(light, DARK_BACKGROUND, DARK_TARGET);
  if (!dark) throw new Error(`Not a colour: ${darkBrand}`);
  return { light: toHex(light), dark: toHex(dark) };
}

/** The stylesheet bundled into every page after global.css: the brand colour becomes the accent and the link colour. */
export function brandStylesheet({ light, dark }: BrandColours): string {
  return [
    '/* Generated at build time from brandColour in rapport.config.ts. */',
    // Screen only: on paper print.css keeps the accent black, whatever order the stylesheets load in.
    `@media screen { :root { --accent: ${light}; --link: ${light}; } }`,
    `@media screen and (prefers-color-scheme: dark) { :root { --accent: ${dark}; --link: ${dark}; } }`,
    '',
  ].join('\n');
}
