/**
 * Sheet PDFs: whether this build prints them is decided before Astro renders (the pages link to the PDFs only
 * then); they are printed once the site is written (src/build/sheet-pdfs.ts).
 */
import type { AstroIntegration } from 'astro';
import { outDir } from './out-dir.ts';
import { chooseBrowser, printSheets } from '../build/sheet-pdfs.ts';

export default function sheetPdfsIntegration(): AstroIntegration {
  return {
    name: 'rapport:sheet-pdfs',
    hooks: {
      'astro:build:start': ({ logger }) => chooseBrowser(logger),
      'astro:build:done': ({ dir, logger }) => printSheets(outDir(dir), logger),
    },
  };
}
