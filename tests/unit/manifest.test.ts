import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSiteConfig } from '../../src/core/schema/site-config.ts';
import { ICONS, iconSvg, webManifest } from '../../src/core/manifest.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const icon = (purpose: string, size: number) => ICONS.find((i) => i.purpose === purpose && i.size === size)!;

describe('web app manifest', () => {
  it('keeps the start address and scope inside the base path', () => {
    const m = webManifest(parseSiteConfig({ base: '/rapport/' }));
    expect(m.start_url).toBe('/rapport/');
    expect(m.scope).toBe('/rapport/');
    expect(m.id).toBe('/rapport/');
    expect(m.icons.map((i) => i.src)).toEqual([
      '/rapport/icons/icon-192.png',
      '/rapport/icons/icon-512.png',
      '/rapport/icons/maskable-192.png',
      '/rapport/icons/maskable-512.png',
    ]);
    expect(m.display).toBe('standalone');
  });

  it('is named after the site and the organisation', () => {
    expect(webManifest(parseSiteConfig({})).name).toBe('Rapport');
    const riverside = webManifest(parseSiteConfig({ organisation: { name: 'Riverside Care Homes', shortName: 'Riverside' } }));
    expect(riverside.name).toBe('Rapport – Riverside Care Homes');
    expect(riverside.short_name).toBe('Rapport');
  });

  it('uses the short name under a home-screen icon when the title is too long to show', () => {
    const long = { title: 'Therapeutic relationships', organisation: { name: 'Riverside Care Homes', shortName: 'Riverside' } };
    expect(webManifest(parseSiteConfig(long)).short_name).toBe('Riverside');
    expect(webManifest(parseSiteConfig({ ...long, organisation: { name: 'Riverside' } })).short_name).toBe('Therapeutic relationships');
  });

  it('keeps the apple-touch-icon out of the manifest', () => {
    expect(webManifest(parseSiteConfig({})).icons.some((i) => i.src.includes('apple'))).toBe(false);
  });
});

describe('icon drawing', () => {
  it('draws the favicon at the icon size, without a background for ordinary icons', () => {
    const svg = iconSvg(favicon, icon('any', 192));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="192" height="192" viewBox="0 0 100 100">/);
    expect(svg).toContain('<svg x="0" y="0" width="100" height="100"');
    expect(svg).not.toContain('<rect width="100" height="100"');
  });

  it('keeps a maskable icon inside the safe zone, on a full background', () => {
    const svg = iconSvg(favicon, icon('maskable', 512), '#123456');
    expect(svg).toContain('<rect width="100" height="100" fill="#123456"/>');
    expect(svg).toContain('<svg x="10" y="10" width="80" height="80"');
  });

  it('replaces a favicon’s own size, and refuses a file that is not SVG', () => {
    const sized = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><circle r="4"/></svg>';
    const svg = iconSvg(sized, icon('apple', 180));
    expect(svg).not.toContain('<?xml');
    expect(svg).not.toContain('width="32"');
    expect(svg).toContain('<circle r="4"/>');
    expect(() => iconSvg('not an image', icon('any', 192))).toThrow(/public\/favicon.svg/);
  });
});
