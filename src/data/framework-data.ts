/** Loads the framework from the content collections, with the cross-check's report (Astro pages only). */
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { toDomains, type FrameworkView } from '../core/competency.ts';
import { runCrosscheck, type CrosscheckReport } from '../build/crosscheck/index.ts';
import { keptReport } from '../build/crosscheck/site.ts';
import { contentDir } from './paths.ts';
import { config } from './config.ts';
import { isHiddenRef } from '../core/hide.ts';
import { getLocalPages } from './local-data.ts';
import { standardIndex, type Standard } from '../core/standards.ts';

export interface SiteFramework extends FrameworkView {
  /** "page#anchor" → "Page title: Section title", for links that read as words. */
  labels: Record<string, string>;
  /** Guidance slug → page title; local pages as "local/<name>". */
  pageTitles: Record<string, string>;
  /** Each standard by its id, for the statements that cite it. */
  standardsById: Map<string, Standard>;
  report: CrosscheckReport;
}

// Read only when there is a file: Astro warns about a collection with nothing in it.
const hasStandards = existsSync(`${contentDir}/competencies/standards.yaml`);

let cached: Promise<SiteFramework> | undefined;

/** The same report the build's cross-check printed, so the coverage page shows what the build checked. */
export function loadFramework(): Promise<SiteFramework> {
  cached ??= (async () => {
    const [meta] = await getCollection('framework');
    const [standards] = hasStandards ? await getCollection('standards') : [];
    if (!meta) throw new Error('content/competencies/framework.yaml is missing: run `npm run crosscheck` for details.');
    const pageTitles = Object.fromEntries([
      ...(await getCollection('guidance')).map((p) => [p.id, p.data.title]),
      ...(await getLocalPages()).map((p) => [`local/${p.id}`, p.data.title]),
    ]);
    // The build's cross-check ran before rendering; `astro dev` and `astro check` check here instead.
    const report = keptReport() ?? runCrosscheck(contentDir, { hide: config.hide });
    const labels: Record<string, string> = {};
    for (const page of report.coverage)
      for (const s of page.sections) labels[`${page.slug}#${s.anchor}`] = `${pageTitles[page.slug] ?? page.slug}: ${s.title}`;
    // Guidance in hidden sections is left out: the cross-check has reported it, and the pages are not built.
    const domains = toDomains(await getCollection('domains')).map((d) => ({
      ...d,
      statements: d.statements.map((s) => ({ ...s, guidance: s.guidance.filter((ref) => !isHiddenRef(ref, config.hide)) })),
    }));
    return { meta: meta.data, domains, standards: standards?.data, standardsById: standardIndex(standards?.data), labels, pageTitles, report };
  })();
  return cached;
}
