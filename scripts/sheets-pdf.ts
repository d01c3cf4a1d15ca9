/**
 * After the build: prints each self-assessment sheet, the pack, the sign-off and each observation record to A4
 * PDFs in dist/sheets/ with Chromium.
 * Without Chromium it says so and leaves the HTML sheets (which print from any browser); under CI=true
 * a missing Chromium fails, because CI must produce the PDFs.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.ts';
import { config } from '../src/lib/config.ts';
import { OBSERVATION, PACK, PACK_PDF_MAX_STATEMENTS, packHasPdf } from '../src/lib/sheet.ts';

const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const dist = process.env['RAPPORT_DIST'] ?? 'dist';

if (!config.features.pdfSheets) {
  console.log('sheets-pdf: PDF sheets are switched off (features.pdfSheets in rapport.config.ts).');
  process.exit(0);
}

if (!existsSync(chromePath)) {
  const message =
    `sheets-pdf: no Chromium at ${chromePath}, so no PDF sheets were written and the sheets' PDF links lead nowhere ` +
    '(apt-get install -y chromium, or set CHROME_PATH; on a host that cannot, set features: { pdfSheets: false } in rapport.config.ts).';
  if (process.env['CI']) {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}

const framework = JSON.parse(readFileSync(`${dist}/framework.json`, 'utf8')) as { domains: { statements: unknown[] }[] };
const printPack = packHasPdf(framework.domains);
if (!printPack) {
  // Too large to print whole (see packHasPdf); remove one an earlier build printed.
  rmSync(`${dist}/sheets/${PACK}.pdf`, { force: true });
  console.log(`sheets-pdf: the pack has more than ${PACK_PDF_MAX_STATEMENTS} statements, too many for one PDF; each domain has its own.`);
}
const sheets = readdirSync(`${dist}/sheets`, { withFileTypes: true })
  .filter((e) => e.isDirectory() && (printPack || e.name !== PACK))
  .map((e) => e.name)
  .sort();
// Each domain's observation record, where it has one: sheets/<domain>/observation/ prints to sheets/<domain>/observation.pdf.
sheets.push(...sheets.filter((name) => existsSync(`${dist}/sheets/${name}/${OBSERVATION}/index.html`)).map((name) => `${name}/${OBSERVATION}`));
const started = performance.now();
const site = await startStaticServer({ dir: dist, base: config.base });
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  for (const name of sheets) {
    await page.goto(`${site.url}sheets/${name}/`, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    // Write beside, then rename: a failed run never leaves half a PDF behind.
    const file = `${dist}/sheets/${name}.pdf`;
    writeFileSync(`${file}.part`, pdf);
    renameSync(`${file}.part`, file);
  }
  console.log(`sheets-pdf: wrote ${sheets.length} PDFs to ${dist}/sheets/ in ${Math.round(performance.now() - started)} ms`);
} finally {
  await browser.close();
  await site.close();
}
