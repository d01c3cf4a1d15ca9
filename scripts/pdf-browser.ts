/**
 * First step of the build: decides, once, whether this build prints the sheets to PDF and with which browser
 * (src/build/chromium.ts), by starting it. The pages (through src/build/pdf-sheets.ts) and scripts/sheets-pdf.ts
 * follow the decision. Without a browser it says so here and the pages leave their PDF links out; under
 * CI=true that fails, because CI must produce the PDFs.
 */
import { config } from '../src/data/config.ts';
import { describeChromium, findChromium, launchChromium } from '../src/build/chromium.ts';
import { writePdfDecision } from '../src/build/pdf-sheets.ts';

/** Why the chosen browser cannot print, or undefined when it starts. */
async function failsToStart(found: Parameters<typeof launchChromium>[0]): Promise<string | undefined> {
  try {
    const browser = await launchChromium(found);
    await browser.close();
    return undefined;
  } catch (error) {
    return `${describeChromium(found)} did not start: ${String((error as Error).message).split('\n')[0]}`;
  }
}

if (!config.features.pdfSheets) {
  writePdfDecision({ browser: null, why: 'switched off (features.pdfSheets in rapport.config.ts)' });
  console.log('pdf-browser: PDF sheets are switched off (features.pdfSheets in rapport.config.ts).');
  process.exit(0);
}

const started = performance.now();
const search = findChromium();
const why = 'found' in search ? await failsToStart(search.found) : search.missing;
if ('found' in search && why === undefined) {
  writePdfDecision({ browser: search.found });
  console.log(`pdf-browser: the sheets will be printed to PDF with ${describeChromium(search.found)} (started in ${Math.round(performance.now() - started)} ms).`);
} else {
  writePdfDecision({ browser: null, why: why! });
  const message =
    `pdf-browser: no browser to print the sheets to PDF: ${why}. This build leaves the "Download as PDF" links out; ` +
    'each sheet page still prints from the browser. (To build without looking, set features: { pdfSheets: false } in rapport.config.ts.)';
  if (process.env['CI']) {
    console.error(`${message}\nUnder CI=true the PDFs are required.`);
    process.exit(1);
  }
  console.warn(message);
}
