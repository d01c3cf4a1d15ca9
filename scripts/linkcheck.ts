/**
 * `npm run linkcheck`: checks every link, asset and #fragment of every page of the built site (RAPPORT_DIST,
 * default dist/) against the files, for the base path in rapport.config.ts (or RAPPORT_BASE). Exits 1 on any broken link.
 */
import { checkSite, formatReport } from '../src/build/linkcheck.ts';
import { config } from '../src/data/config.ts';
import { distDir } from '../src/data/paths.ts';

const dir = process.argv[2] ?? distDir;
const report = checkSite(dir, { base: config.base, site: config.site });
console.log(formatReport(dir, report));
process.exit(report.broken.length ? 1 : 0);
