/**
 * The cross-check, once per build, before Astro renders anything: an authoring mistake fails the build with
 * every problem listed by file and line, and the pages read the report it kept (src/data/framework-data.ts).
 */
import type { AstroIntegration } from 'astro';
import { checkSiteContent } from '../build/crosscheck/site.ts';

export default function crosscheckIntegration(): AstroIntegration {
  return {
    name: 'rapport:crosscheck',
    hooks: {
      // At setup, when building: before Astro syncs the content, so a schema mistake is reported by file and line here.
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { report, problems, summary } = checkSiteContent();
        if (problems) (report.ok ? logger.warn : logger.error).call(logger, `\n${problems}`);
        logger.info(summary);
        if (!report.ok) throw new Error(`The cross-check found ${report.counts.errors} error(s), listed above: fix them and build again.`);
      },
    },
  };
}
