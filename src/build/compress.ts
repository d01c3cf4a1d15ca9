/**
 * Precompression: a .gz and a .br file beside each text file of the built site, so a server can send them as
 * they are (nginx gzip_static / brotli_static, Apache rewrite rules) instead of compressing on every request.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { kb, type Log } from './log.ts';
import { listFiles } from './files.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text formats worth compressing. Pagefind's index files and PDFs are compressed already. */
export const TEXT_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv', '.webmanifest', '.map'];
/** Below this, the saving is less than the cost of a second file and a header. */
export const MIN_BYTES = 512;
const SUFFIXES = ['.gz', '.br'] as const;

export interface CompressStats {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  removed: number;
}


export function isText(file: string): boolean {
  return TEXT_EXTENSIONS.some((ext) => file.endsWith(ext));
}

/**
 * Brotli quality 10, not 11: on pages of a few KB, 11 saves a few per cent more bytes for several times the
 * time, which on a large guide is minutes of every build.
 */
export const BROTLI_QUALITY = 10;
/**
 * Files over 1 MB (whole-guide pages, the coverage table of a large guide) take quality 9: on those, 10 takes
 * seconds a file and 9 a small part of that for a file about a tenth larger. On a page of a few KB it is the
 * other way round: 9 is no faster than 10 and larger.
 */
export const LARGE_FILE_BYTES = 1024 * 1024;

export function brotliQuality(bytes: number): number {
  return bytes > LARGE_FILE_BYTES ? 9 : BROTLI_QUALITY;
}

/**
 * Writes file.gz and file.br beside every text file in `dir`; removes any left over from files that are gone
 * or too small. Files are compressed a few at a time on zlib's thread pool, so every core works.
 */
export async function compressDir(dir: string, concurrency = Math.max(2, availableParallelism())): Promise<CompressStats> {
  const stats: CompressStats = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0, removed: 0 };
  const todo: string[] = [];
  for (const file of listFiles(dir)) {
    const suffix = SUFFIXES.find((s) => file.endsWith(s));
    if (suffix) {
      const source = file.slice(0, -suffix.length);
      if (!existsSync(source) || !isText(source) || statSync(source).size < MIN_BYTES) {
        rmSync(file);
        stats.removed++;
      }
    } else if (isText(file)) todo.push(file);
  }
  const compressOne = async (file: string) => {
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) return;
    const [gz, br] = await Promise.all([
      gzipAsync(data, { level: 9 }),
      brotliAsync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: brotliQuality(data.length),
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    ]);
    writeFileSync(`${file}.gz`, gz);
    writeFileSync(`${file}.br`, br);
    stats.files++;
    stats.bytes += data.length;
    stats.gzipBytes += gz.length;
    stats.brotliBytes += br.length;
  };
  let next = 0;
  const worker = async () => {
    while (next < todo.length) await compressOne(todo[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stats;
}

/** Compresses the built site in `dist` and says what it saved. */
export async function compressSite(dist: string, log: Log): Promise<void> {
  const started = performance.now();
  const s = await compressDir(dist);
  log.info(
    `${s.files} files in ${dist}/, ${kb(s.bytes)} → gzip ${kb(s.gzipBytes)}, brotli ${kb(s.brotliBytes)}` +
      `${s.removed ? `, ${s.removed} stale removed` : ''} in ${Math.round(performance.now() - started)} ms`,
  );
}
