/** `npm run sheets:pdf`: prints the built site's sheets to PDF again (src/build/sheet-pdfs.ts); `npm run build` does it too. */
import { printSheets } from '../src/build/sheet-pdfs.ts';
import { consoleLog, runStep } from '../src/build/log.ts';
import { distDir } from '../src/data/paths.ts';

await runStep(() => printSheets(distDir, consoleLog('sheets-pdf')));
