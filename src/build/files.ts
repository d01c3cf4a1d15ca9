/** File listing for the build, the scripts and the tests (Node 20 has no fs.glob). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` whose name ends in one of `extensions` (any file when left out), sorted, as paths from `dir`. */
export function filesUnder(dir: string, extensions: readonly string[] = ['']): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** The same files as paths joined to `dir`. */
export function listFiles(dir: string, extensions: readonly string[] = ['']): string[] {
  return filesUnder(dir, extensions).map((name) => join(dir, name).split('\\').join('/'));
}
