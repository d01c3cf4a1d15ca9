/**
 * The sheet PDFs. Before Astro renders, `chooseBrowser` decides once whether this build prints them and with
 * which browser (src/build/chromium.ts), by starting it; the pages (through src/build/pdf-sheets.ts) follow the
 * decision. After the site is written, `printSheets` prints each self-assessment sheet, the pack, the sign-off
 * and each observation record to A4 PDFs in <dist>/sheets/, and the whole guide to <dist>/print.pdf with page
 * numbers in its contents (src/build/guide-pdf.ts).
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { startStaticServer } from './static-server.ts';
import { describeChromium, findChromium, launchChromium, type FoundChromium } from './chromium.ts';
import { readPdfDecision, writePdfDecision } from './pdf-sheets.ts';
import { OBSERVATION, PACK, PACK_PDF_MAX_STATEMENTS, packHasPdf } from '../core/sheet.ts';
import { GUIDE_PDF, GUIDE_PDF_MAX_PAGES, linksGuidePdf } from '../core/print-guide.ts';
import { config } from '../data/config.ts';
import { printGuide } from './guide-pdf.ts';
import { linksForPaper } from './paper-links.ts';
import type { Log } from './log.ts';

/** Why the chosen browser cannot print, or undefined when it starts. */
async function failsToStart(found: FoundChromium): Promise<string | undefined> {
  try {
    const browser = await launchChromium(found);
    await browser.close();
    return undefined;
  } catch (error) {
    return `${describeChromium(found)} did not start: ${String((error as Error).message).split('\n')[0]}`;
  }
}

/**
 * Without a browser the pages leave their PDF links out and each sheet still prints from the reader's browser;
 * under CI=true that is an error, because CI must produce the PDFs.
 */
export async function chooseBrowser(log: Log): Promise<void> {
  if (!config.features.pdfSheets) {
    writePdfDecision({ browser: null, why: 'switched off (features.pdfSheets in rapport.config.ts)' });
    log.info('PDF sheets are switched off (features.pdfSheets in rapport.config.ts).');
    return;
  }
  const started = performance.now();
  const search = findChromium();
  const why = 'found' in search ? await failsToStart(search.found) : search.missing;
  if ('found' in search && why === undefined) {
    writePdfDecision({ browser: search.found });
    log.info(`the sheets will be printed to PDF with ${describeChromium(search.found)} (started in ${Math.round(performance.now() - started)} ms).`);
    return;
  }
  writePdfDecision({ browser: null, why: why! });
  const message =
    `no browser to print the sheets to PDF: ${why}. This build leaves the "Download as PDF" links out; ` +
    'each sheet page still prints from the browser. (To build without looking, set features: { pdfSheets: false } in rapport.config.ts.)';
  if (process.env['CI']) throw new Error(`${message}\nUnder CI=true the PDFs are required.`);
  log.warn(message);
}

/** Prints the sheets of the site in `dist` with the browser `chooseBrowser` chose; nothing when it chose none. */
export async function printSheets(dist: string, log: Log): Promise<void> {
  const decision = readPdfDecision();
  if (!config.features.pdfSheets || decision.browser === null) return;

  const framework = JSON.parse(readFileSync(`${dist}/framework.json`, 'utf8')) as { domains: { statements: unknown[] }[] };
  const printPack = packHasPdf(framework.domains);
  if (!printPack) {
    // Too large to print whole (see packHasPdf); remove one an earlier build printed.
    rmSync(`${dist}/sheets/${PACK}.pdf`, { force: true });
    log.info(`the pack has more than ${PACK_PDF_MAX_STATEMENTS} statements, too many for one PDF; each domain has its own.`);
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
      await linksForPaper(page, config.site);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
      // Write beside, then rename: a failed run never leaves half a PDF behind.
      const file = `${dist}/sheets/${name}.pdf`;
      writeFileSync(`${file}.part`, pdf);
      renameSync(`${file}.part`, file);
    }
    log.info(`wrote ${sheets.length} PDFs to ${dist}/sheets/ in ${Math.round(performance.now() - started)} ms`);
    // /print/ decided whether the guide has a PDF; print one exactly when it links one.
    if (!linksGuidePdf(readFileSync(`${dist}/print/index.html`, 'utf8'))) {
      rmSync(`${dist}/${GUIDE_PDF}`, { force: true });
      log.info(`the guide has more than ${GUIDE_PDF_MAX_PAGES} pages to print as one PDF; each domain's printout is at print/<domain>/.`);
      return;
    }
    const guideStarted = performance.now();
    const guide = await printGuide(page, `${site.url}print/`, config.site);
    writeFileSync(`${dist}/${GUIDE_PDF}.part`, guide.pdf);
    renameSync(`${dist}/${GUIDE_PDF}.part`, `${dist}/${GUIDE_PDF}`);
    log.info(`wrote the whole guide to ${dist}/${GUIDE_PDF} (${guide.pages} pages, contents numbered) in ${Math.round(performance.now() - guideStarted)} ms`);
  } finally {
    await browser.close();
    await site.close();
  }
}
