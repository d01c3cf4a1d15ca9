/** Precompression, the last step: .gz and .br beside every text file, the service worker included (src/build/compress.ts). */
import type { AstroIntegration } from 'astro';
import { outDir } from './out-dir.ts';
import { compressSite } from '../build/compress.ts';

export default function compressIntegration(): AstroIntegration {
  return {
    name: 'rapport:compress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => compressSite(outDir(dir), logger),
    },
  };
}
