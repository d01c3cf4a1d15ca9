import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandedGlobalCss } from '../../src/integrations/brand-css.ts';
import {
  DARK_BACKGROUND,
  DEFAULT_BRAND_COLOUR,
  DARK_TARGET,
  brandColours,
  brandStylesheet,
  contrast,
  formatRatio,
  nearestPassing,
  parseColour,
  toHex,
} from '../../src/core/brand.ts';

describe('brand colour', () => {
  it('measures contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The grey usually quoted as the lightest that passes on white.
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('never rounds a failing ratio up to a pass', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });

  it('reads any CSS colour but refuses see-through ones and nonsense', () => {
    expect(toHex(parseColour('rebeccapurple')!)).toBe('#663399');
    expect(toHex(parseColour('#fc0')!)).toBe('#ffcc00');
    expect(parseColour('rgb(0 0 0 / 50%)')).toBeUndefined();
    expect(parseColour('dark blue')).toBeUndefined();
  });

  it.each(['#ffcc00', '#00a0e0', '#e0e0e0'])('suggests a darker shade of %s that passes on white', (colour) => {
    const better = toHex(nearestPassing(parseColour(colour)!, '#ffffff', 4.5));
    expect(contrast(better, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(better).not.toBe(colour);
  });

  it.each(['#1d4f91', '#7a1f5c', '#006400', '#000000', '#d4351c'])('works out a dark-mode accent for %s that reads on the dark page', (colour) => {
    const { light, dark } = brandColours(colour);
    expect(light).toBe(colour);
    expect(contrast(dark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(DARK_TARGET);
    // The dark-mode header writes near-black text on the accent.
    expect(contrast(dark, '#0b0c0c')).toBeGreaterThanOrEqual(4.5);
    // The light-mode header writes white text on the accent: the same ratio the config check demands.
    expect(contrast('#ffffff', light)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a dark-mode colour the organisation chose', () => {
    expect(brandColours('#1d4f91', '#8cb4ff')).toEqual({ light: '#1d4f91', dark: '#8cb4ff' });
  });

  it('writes the accent and link colours for screen, in light and dark mode', () => {
    const css = brandStylesheet({ light: '#7a1f5c', dark: '#e07eb9' });
    expect(css).toContain('@media screen { :root { --accent: #7a1f5c; --link: #7a1f5c; } }');
    expect(css).toContain('@media screen and (prefers-color-scheme: dark) { :root { --accent: #e07eb9; --link: #e07eb9; } }');
  });

  it('writes Rapport\'s own colour into global.css from the one default, then appends the brand colour', () => {
    const source = readFileSync('src/styles/global.css', 'utf8');
    expect(source).not.toContain(DEFAULT_BRAND_COLOUR);
    const css = brandedGlobalCss(source, { light: '#7a1f5c', dark: '#e07eb9' });
    expect(css).not.toContain('--default-brand-colour');
    expect(css).toMatch(new RegExp(`:root \\{[^}]*--accent: ${DEFAULT_BRAND_COLOUR};[^}]*--link: ${DEFAULT_BRAND_COLOUR};`));
    expect(css.trimEnd().endsWith(brandStylesheet({ light: '#7a1f5c', dark: '#e07eb9' }).trimEnd())).toBe(true);
  });
});
