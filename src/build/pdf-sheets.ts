/**
 * Whether this build prints the sheets to PDF, decided once before Astro renders (src/build/sheet-pdfs.ts, from the sheet-pdfs integration):
 * PDFs are switched on in rapport.config.ts and a browser was found that starts. The pages link to the PDFs
 * only then, so a machine without a browser builds a site with no link leading nowhere; each sheet's page still
 * prints from the reader's browser.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FoundChromium } from './chromium.ts';
import { config } from '../data/config.ts';

/** Where the first step of the build leaves its decision for the steps after it (git ignores .cache/). */
export const PDF_DECISION_FILE = '.cache/pdf-browser.json';

/** The decision: the browser that prints the PDFs, or why there are none. */
export type PdfDecision = { browser: FoundChromium } | { browser: null; why: string };

export function writePdfDecision(decision: PdfDecision, file = PDF_DECISION_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(decision, null, 2)}\n`);
}

/** The decision of the last build; none when no build has decided (then no page links to a PDF). */
export function readPdfDecision(file = PDF_DECISION_FILE): PdfDecision {
  if (!existsSync(file)) return { browser: null, why: `no build has looked for a browser yet (${file} is missing; run npm run build)` };
  return JSON.parse(readFileSync(file, 'utf8')) as PdfDecision;
}

/** True when this build's pages link to sheet PDFs, and src/build/sheet-pdfs.ts prints them. */
export const pdfSheets: boolean = config.features.pdfSheets && readPdfDecision().browser !== null;
