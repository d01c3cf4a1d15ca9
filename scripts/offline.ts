/** `npm run offline`: writes the service worker of the built site again (src/build/service-worker.ts); `npm run build` does it too. */
import { writeServiceWorker } from '../src/build/service-worker.ts';
import { consoleLog, runStep } from '../src/build/log.ts';
import { distDir } from '../src/data/paths.ts';

await runStep(() => writeServiceWorker(distDir, consoleLog('offline')));
