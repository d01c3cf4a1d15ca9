/**
 * `npm run crosscheck`: checks the competency framework against the guidance, prints every problem
 * grouped by file, and exits 1 if any is an error. `--json FILE` also writes the report as JSON.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { runCrosscheck } from '../src/build/crosscheck/index.ts';
import { formatReport } from '../src/build/crosscheck/messages.ts';
import { contentDir } from '../src/data/paths.ts';
import { config } from '../src/data/config.ts';

const started = performance.now();
const configFile = 'rapport.config.ts';
const report = runCrosscheck(contentDir, {
  hide: config.hide,
  configFile,
  configText: existsSync(configFile) ? readFileSync(configFile, 'utf8') : '',
});
const ms = Math.round(performance.now() - started);

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0 && process.argv[jsonAt + 1]) {
  const file = process.argv[jsonAt + 1]!;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

if (report.messages.length) console.log(formatReport(report.messages));
const { counts } = report;
console.log(
  `crosscheck: ${counts.domains} domains, ${counts.statements} statements (${counts.retired} retired; ` +
    `${counts.assessed} with assessment methods, ${counts.mapped} mapped to standards), ` +
    `${counts.coveredSections}/${counts.sections} sections of ${counts.pages} pages covered, ` +
    `${counts.errors} error(s), ${counts.warnings} warning(s) in ${ms} ms`,
);
process.exit(report.ok ? 0 : 1);
