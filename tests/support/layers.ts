/**
 * Which folder may import which: code is placed by where it runs, so an import names what a file depends on.
 * src/core is pure (no Node, no Astro), so the reader's browser and every other layer can use it; the data
 * layer and the build code sit on it; integrations and pages sit on those. Tests may use src; bench may use
 * tests/support; nothing imports bench, and src imports no test code.
 */
import { builtinModules } from 'node:module';
import { posix } from 'node:path';

/** A folder's layer: a file may import its own layer or a lower one. */
const LAYERS: [prefix: string, rank: number][] = [
  ['src/core/', 0],
  ['src/data/', 1],
  ['src/build/', 1],
  ['src/content.config.ts', 2],
  ['src/integrations/', 2],
  ['src/pages/', 3],
  ['src/components/', 3],
  ['src/layouts/', 3],
];

const rankOf = (file: string) => LAYERS.find(([prefix]) => file.startsWith(prefix))?.[1];
const NODE_BUILTINS = new Set(builtinModules);

/** Every module a source file imports: static, side-effect and dynamic imports and re-exports. */
export function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g);
  return [...new Set([...found].map((m) => m[1]!))];
}

/** Why `file` (a path from the project root) may not import `spec`, or undefined when it may. */
export function layerProblem(file: string, spec: string): string | undefined {
  if (file.startsWith('src/core/')) {
    if (spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]!)) return `pure code imports the Node builtin "${spec}"`;
    if (spec.startsWith('astro:')) return `pure code imports "${spec}", which only exists inside Astro`;
  }
  if (!spec.startsWith('.')) return undefined;
  const target = posix.normalize(posix.join(posix.dirname(file), spec));
  if (file.startsWith('src/') || file === 'astro.config.mjs') {
    if (target.startsWith('tests/') || target.startsWith('bench/')) return `source imports test or bench code (${target})`;
  }
  if (file.startsWith('tests/') && target.startsWith('bench/')) return `a test imports bench code (${target})`;
  if (file.startsWith('src/browser/') && target.startsWith('src/') && !target.startsWith('src/core/') && !target.startsWith('src/browser/')) {
    return `a browser script imports ${target}, which is not browser-safe (src/core is)`;
  }
  const from = rankOf(file);
  const to = rankOf(target);
  if (from !== undefined && to !== undefined && to > from) return `a lower layer imports a higher one (${target})`;
  return undefined;
}
