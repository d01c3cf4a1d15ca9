/** The output folder Astro's hooks give, as a path from the project (`dist`), for the build steps and their messages. */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export function outDir(dir: URL): string {
  return relative(process.cwd(), fileURLToPath(dir)) || '.';
}
