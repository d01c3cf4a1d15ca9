/**
 * The cross-check of this site's content (RAPPORT_CONTENT, the settings in rapport.config.ts), run once per build:
 * by the cross-check integration before Astro renders, or by `npm run crosscheck` alone. The pages read the
 * report the integration kept (`keptReport`) instead of checking again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { runCrosscheck, type CrosscheckReport } from './index.ts';
import { formatReport } from './messages.ts';
import { contentDir } from '../../data/paths.ts';
import { config } from '../../data/config.ts';

const CONFIG_FILE = 'rapport.config.ts';
// On globalThis: Astro renders the pages from its own bundle of these modules, in the same process.
const KEPT = Symbol.for('rapport.crosscheck.report');

export interface SiteCheck {
  report: CrosscheckReport;
  /** Every problem, grouped by file; empty when there is none. */
  problems: string;
  /** One line: what was checked and how it went. */
  summary: string;
}

export function checkSiteContent(): SiteCheck {
  const started = performance.now();
  const report = runCrosscheck(contentDir, {
    hide: config.hide,
    configFile: CONFIG_FILE,
    configText: existsSync(CONFIG_FILE) ? readFileSync(CONFIG_FILE, 'utf8') : '',
  });
  const ms = Math.round(performance.now() - started);
  const { counts } = report;
  const summary =
    `${counts.domains} domains, ${counts.statements} statements (${counts.retired} retired; ` +
    `${counts.assessed} with assessment methods, ${counts.mapped} mapped to standards), ` +
    `${counts.coveredSections}/${counts.sections} sections of ${counts.pages} pages covered, ` +
    `${counts.errors} error(s), ${counts.warnings} warning(s) in ${ms} ms`;
  (globalThis as Record<symbol, unknown>)[KEPT] = report;
  return { report, problems: report.messages.length ? formatReport(report.messages) : '', summary };
}

/** The report of this build's cross-check, or undefined outside a build (`astro dev`, `astro check`). */
export function keptReport(): CrosscheckReport | undefined {
  return (globalThis as Record<symbol, unknown>)[KEPT] as CrosscheckReport | undefined;
}
