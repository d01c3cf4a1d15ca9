/** Loads the framework from the content collections, with the cross-check's report (Astro pages only). */
import { getCollection } from 'astro:content';
import { toDomains, type FrameworkView } from './competency.ts';
import { runCrosscheck, type CrosscheckReport } from './crosscheck/index.ts';
import { contentDir } from './paths.ts';

export interface SiteFramework extends FrameworkView {
  /** "page#anchor" → "Page title: Section title", for links that read as words. */
  labels: Record<string, string>;
  /** Guidance slug → page title. */
  pageTitles: Record<string, string>;
  report: CrosscheckReport;
}

let cached: Promise<SiteFramework> | undefined;

/** The same report `npm run crosscheck` printed, so the coverage page shows what the build checked. */
export function loadFramework(): Promise<SiteFramework> {
  cached ??= (async () => {
    const [meta] = await getCollection('framework');
    if (!meta) throw new Error('content/competencies/framework.yaml is missing: run `npm run crosscheck` for details.');
    const pageTitles = Object.fromEntries((await getCollection('guidance')).map((p) => [p.id, p.data.title]));
    const report = runCrosscheck(contentDir);
    const labels: Record<string, string> = {};
    for (const page of report.coverage)
      for (const s of page.sections) labels[`${page.slug}#${s.anchor}`] = `${pageTitles[page.slug] ?? page.slug}: ${s.title}`;
    return { meta: meta.data, domains: toDomains(await getCollection('domains')), labels, pageTitles, report };
  })();
  return cached;
}
