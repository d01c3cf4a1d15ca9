/**
 * Shared set-up for the self-assessment browser tests (form, saved files, its other pages): the storage key,
 * a saved document as an older device left it, and helpers to open a page and read what it saved. Each page
 * gets a fresh browser context, so a fresh, empty localStorage.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DIST, useBrowserAndSite } from './site.ts';

export const KEY = 'rapport-self-assessment';
export const PAGES = ['self-assessment/', 'self-assessment/print/', 'self-assessment/reflections/', 'self-assessment/supervision/'];
/** The framework version this build publishes: saved answers and exports carry it. */
export const VERSION = (JSON.parse(readFileSync(`${DIST}/framework.json`, 'utf8')) as { version: string }).version;

/** A saved document as an older device or an older framework left it. */
export function seeded(answers: Record<string, { rating?: string; note?: string }>, extra: Record<string, unknown> = {}) {
  return {
    kind: 'rapport-self-assessment',
    schema: 1,
    framework: { title: 'Rapport competency framework', version: '0.9.0' },
    savedAt: '2026-01-15T09:00:00.000Z',
    details: { name: 'Sam Example' },
    answers,
    plan: [],
    reflections: [],
    ...extra,
  };
}

/** Chromium and the served site for one describe block, with the helpers the self-assessment tests share. */
export function useSelfAssessment() {
  const env = useBrowserAndSite();

  /** A page in a fresh context; console errors and failed requests are collected to assert on. */
  async function open(path: string, seed?: unknown): Promise<Page & { problems: string[] }> {
    const page = Object.assign(await env.browser.newPage(), { problems: [] as string[] });
    page.on('console', (m) => m.type() === 'error' && page.problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()}`));
    await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
    if (seed !== undefined) {
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(seed)]);
      await page.reload({ waitUntil: 'networkidle' });
    }
    return page;
  }
  const saved = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');
  /** Waits until the debounced save has written what the test typed. */
  const savedWhen = (page: Page, test: string) =>
    page.waitForFunction(([k, t]) => (localStorage.getItem(k!) ?? '').includes(t!), [KEY, test], { timeout: 5000 });
  const rating = (page: Page, id: string, label: string) => page.locator(`#q-${id}`).getByLabel(label, { exact: true }).click();
  /** Waits for the page to say it has finished (dialogs close asynchronously). */
  const status = (page: Page, text: string) =>
    page.waitForFunction((t) => document.querySelector('[data-status]')?.textContent?.includes(t), text, { timeout: 5000 });
  async function exportFile(page: Page): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my answers' }).click()]);
    return readFileSync((await download.path())!, 'utf8');
  }
  const importFile = (page: Page, name: string, text: string) =>
    page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });

  return { env, open, saved, savedWhen, rating, status, exportFile, importFile };
}
