/**
 * `npm run crosscheck`: checks the competency framework against the guidance, prints every problem
 * grouped by file, and exits 1 if any is an error. `--json FILE` also writes the report as JSON.
 * `npm run build` runs the same check first (src/integrations/crosscheck.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkSiteContent } from '../src/build/crosscheck/site.ts';

const { report, problems, summary } = checkSiteContent();

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0 && process.argv[jsonAt + 1]) {
  const file = process.argv[jsonAt + 1]!;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

if (problems) console.log(problems);
console.log(`crosscheck: ${summary}`);
process.exit(report.ok ? 0 : 1);
