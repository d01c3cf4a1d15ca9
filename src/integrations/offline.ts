/** The service worker, once every other file of the site is written: it precaches them (src/build/service-worker.ts). */
import type { AstroIntegration } from 'astro';
import { outDir } from './out-dir.ts';
import { writeServiceWorker } from '../build/service-worker.ts';

export default function offlineIntegration(): AstroIntegration {
  return {
    name: 'rapport:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => writeServiceWorker(outDir(dir), logger),
    },
  };
}
