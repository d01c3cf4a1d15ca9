/** `npm run compress`: .gz and .br beside each text file of the built site again (src/build/compress.ts); `npm run build` does it too. */
import { compressSite } from '../src/build/compress.ts';
import { consoleLog, runStep } from '../src/build/log.ts';
import { distDir } from '../src/data/paths.ts';

await runStep(() => compressSite(distDir, consoleLog('compress')));
