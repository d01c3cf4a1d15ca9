/**
 * After the build: prints each self-assessment sheet, the pack, the sign-off and each observation record to A4
 * PDFs in dist/sheets/, and the whole guide to dist/print.pdf with page numbers in its contents, with the browser the build's first step chose (scripts/pdf-browser.ts). When that step
 * found none, or PDFs are switched off, there is nothing to do: it has said why, and the pages link to no PDF.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';
import { config } from '../src/lib/config.ts';
import { launchChromium } from '../src/lib/chromium.ts';
import { pdfSheets, readPdfDecision } from '../src/lib/pdf-sheets.ts';
import { OBSERVATION, PACK, PACK_PDF_MAX_STATEMENTS, packHasPdf } from '../src/lib/sheet.ts';
import { GUIDE_PDF } from '../src/core/print-guide.ts';
import { printGuide } from '../src/build/guide-pdf.ts';

const dist = process.env['RAPPORT_DIST'] ?? 'dist';
const decision = readPdfDecision();
if (!pdfSheets || decision.browser === null) process.exit(0);

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
const browser = await launchChromium(decision.browser);
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
  const guideStarted = performance.now();
  const guide = await printGuide(page, `${site.url}print/`);
  writeFileSync(`${dist}/${GUIDE_PDF}.part`, guide.pdf);
  renameSync(`${dist}/${GUIDE_PDF}.part`, `${dist}/${GUIDE_PDF}`);
  console.log(`sheets-pdf: wrote the whole guide to ${dist}/${GUIDE_PDF} (${guide.pages} pages, contents numbered) in ${Math.round(performance.now() - guideStarted)} ms`);
} finally {
  await browser.close();
  await site.close();
}
