/** The web app manifest of the built site: what an installable app needs, its icons, and a link from every page. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/site.ts';
import { config } from '../../src/data/config.ts';

const base = config.base;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync(`${DIST}/manifest.webmanifest`, 'utf8')) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };

  it('has what an installable app needs (the checks Lighthouse and Chrome make)', () => {
    expect(manifest.name).toContain(config.title);
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.start_url).toBe(base);
    expect(manifest.scope).toBe(base);
    expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = (purpose: string) => manifest.icons.filter((i) => i.purpose === purpose).map((i) => i.sizes);
    expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(sizes('maskable')).toContain('512x512');
  });

  it('points at PNG icons that exist, at the size it claims, under the base path', () => {
    for (const icon of manifest.icons) {
      expect(icon.type).toBe('image/png');
      expect(icon.src.startsWith(base)).toBe(true);
      const [w, h] = pngSize(`${DIST}/${icon.src.slice(base.length)}`);
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
    expect(pngSize(`${DIST}/icons/apple-touch-icon.png`)).toEqual([180, 180]);
  });

  it('is linked from every page, with the apple-touch-icon and theme colour', () => {
    for (const page of builtPages()) {
      const html = readFileSync(`${DIST}/${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
      expect(html, page).toContain(`<link rel="manifest" href="${base}manifest.webmanifest">`);
      expect(html, page).toContain(`<link rel="apple-touch-icon" href="${base}icons/apple-touch-icon.png">`);
      expect(html, page).toContain(`<meta name="theme-color" content="${manifest.theme_color}">`);
    }
  });
});
