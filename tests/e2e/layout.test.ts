/**
 * Night shifts and small screens: dark mode passes axe, every page reflows at 320 px (200 % zoom) without sideways
 * scrolling, the header fits a phone with its links in a menu, and focus is visible and readable in the header.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrast } from '../../src/core/brand.ts';
import { axeViolations } from './axe.ts';
import { hasBrowser } from '../support/browser.ts';
import { builtPages, inBrowser, useBrowserAndSite } from '../support/site.ts';

/** What a focused element looks like, and the colour of what is around it (the header, or the open menu). */
interface FocusLook {
  tag: string;
  text: string;
  color: string;
  background: string;
  around: string;
  outline: string;
  shadow: string;
}

async function focusLook(page: Page): Promise<FocusLook> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    // The first ancestor with a background of its own is what the element sits on.
    let parent = el.parentElement;
    while (parent && getComputedStyle(parent).backgroundColor === 'rgba(0, 0, 0, 0)') parent = parent.parentElement;
    return {
      tag: el.tagName,
      text: (el.textContent ?? '').trim(),
      color: style.color,
      background: style.backgroundColor,
      around: parent ? getComputedStyle(parent).backgroundColor : 'rgb(255, 255, 255)',
      outline: style.outlineStyle === 'none' ? '' : style.outlineColor,
      shadow: style.boxShadow,
    };
  });
}

/** Colours in a computed box-shadow ("rgb(…) 0px 4px 0px 0px, …"). */
const shadowColours = (shadow: string) => shadow.match(/rgba?\([^)]*\)/g) ?? [];

const SAMPLES = ['', 'guidance/drawing-boundaries/', 'framework/', 'sheets/values/', 'search/?q=gift', 'framework/coverage/'];

describe.skipIf(!hasBrowser)('layout', () => {
  const env = useBrowserAndSite();

  it.each(SAMPLES)('%s passes axe in dark mode', async (path) => {
    const page = await env.browser.newPage({ colorScheme: 'dark' });
    await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });

  it.each(SAMPLES)('%s reflows at 320 px wide with no sideways scrolling', async (path) => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.close();
    expect(width).toBeLessThanOrEqual(320);
  });

  it('focus is visible on every link and button', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}guidance/confidentiality/`);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { outline: style.outlineStyle, shadow: style.boxShadow, bg: style.backgroundColor };
      });
      expect(outline.outline !== 'none' || outline.shadow !== 'none', JSON.stringify(outline)).toBe(true);
    }
    await page.close();
  });

  it.each(['light', 'dark'] as const)('a focused header link is readable (4.5:1) and stands out from the header (3:1), %s mode', async (scheme) => {
    const page = await env.browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
    await page.goto(env.site.url + 'guidance/confidentiality/');
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inHeader = await page.evaluate(() => !!document.activeElement?.closest('.site-header'));
      if (!inHeader) continue;
      const look = await focusLook(page);
      seen.push(look.text);
      if (look.tag === 'A') {
        expect(contrast(look.color, look.background), `${look.text}: text on its focus background`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(look.background, look.around), `${look.text}: focus background against the header`).toBeGreaterThanOrEqual(3);
      } else {
        // The search box and button: a ring, of which one colour must stand out from the header.
        const ring = [look.outline, ...shadowColours(look.shadow)].filter(Boolean).map((c) => contrast(c, look.around));
        expect(Math.max(0, ...ring), `${look.tag} ${look.text}: focus ring against the header`).toBeGreaterThanOrEqual(3);
      }
    }
    await page.close();
    expect(seen).toEqual(expect.arrayContaining(['Guidance', 'What to do if…', 'Competencies', 'My self-assessment', 'Search']));
  });

  it.each(['light', 'dark'] as const)('on a 375 px phone the header is under 120 px, with search and a menu that opens from the keyboard (%s mode)', async (scheme) => {
    const page = await env.browser.newPage({ colorScheme: scheme, viewport: { width: 375, height: 667 } });
    await page.goto(env.site.url + 'guidance/drawing-boundaries/');
    const height = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
    expect(height).toBeLessThan(120);
    expect(await page.isVisible('#header-search')).toBe(true);
    expect(await page.isVisible('.site-nav a[href$="framework/"]')).toBe(false);
    expect(await page.locator('.site-nav a:visible').count()).toBe(0);
    // Tab: skip link, title, then the menu; Enter opens it and Tab reaches its first link.
    let tag = '';
    for (let i = 0; i < 4 && tag !== 'SUMMARY'; i++) {
      await page.keyboard.press('Tab');
      tag = await page.evaluate(() => document.activeElement!.tagName);
    }
    expect(tag).toBe('SUMMARY');
    expect(await page.evaluate(() => document.activeElement!.textContent!.trim())).toBe('Menu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const look = await focusLook(page);
    expect(look.text).toBe('Guidance');
    expect(contrast(look.color, look.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(look.background, look.around)).toBeGreaterThanOrEqual(3);
    const links = await page.locator('.site-nav a:visible').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Guidance', 'What to do if…', 'Competencies', 'Sheets', 'My self-assessment', 'Print the guide']));
    await page.close();
  });

  // Every page the other browser tests open: all of them but most statement pages (c/<ID>/, one template, a
  // sample of which is in), in one reused tab.
  it('no page scrolls sideways at 320 px', { timeout: 300_000 }, async () => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    const pages = [...inBrowser(builtPages()), 'search/?q=gift'];
    for (const path of pages) {
      await page.goto(env.site.url + path, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path} (${width} px)`);
    }
    await page.close();
    expect(pages.length).toBeGreaterThan(30);
    expect(wide).toEqual([]);
  });
});
