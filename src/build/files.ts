/** File listing for the scripts (Node 20 has no fs.glob). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name ends in one of `extensions`, sorted, as paths joined to `dir`. */
export function listFiles(dir: string, extensions: string[]): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => join(dir, name).split('\\').join('/'))
    .sort();
}
