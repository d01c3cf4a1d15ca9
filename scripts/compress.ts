/** After the build (last step): .gz and .br beside each text file in dist/ (RAPPORT_DIST), for servers that send them as they are. */
import { compressDir } from '../src/build/compress.ts';

const dist = process.env['RAPPORT_DIST'] ?? 'dist';
const started = performance.now();
const s = await compressDir(dist);
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
console.log(
  `compress: ${s.files} files in ${dist}/, ${kb(s.bytes)} → gzip ${kb(s.gzipBytes)}, brotli ${kb(s.brotliBytes)}` +
    `${s.removed ? `, ${s.removed} stale removed` : ''} in ${Math.round(performance.now() - started)} ms`,
);
