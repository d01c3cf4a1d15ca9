import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/files.ts';
import { importsOf, layerProblem } from '../support/layers.ts';

const files = ['src', 'scripts', 'tests', 'bench'].flatMap((dir) => listFiles(dir, ['.ts', '.mjs', '.astro'])).concat('astro.config.mjs');

/** Every import in the project that breaks a layer rule, as "file: why". */
function problems(): string[] {
  return files
    .flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .map((spec) => layerProblem(file, spec))
        .filter((why): why is string => why !== undefined)
        .map((why) => `${file}: ${why}`),
    );
}

describe('folders by where code runs', () => {
  it('finds the imports of a module', () => {
    expect(importsOf(`import a from './a.ts';\nimport type { B } from "../b.ts";\nimport './c.css';\nconst d = await import('node:fs');\nexport { e } from './e.ts';`)).toEqual([
      './a.ts',
      '../b.ts',
      './c.css',
      'node:fs',
      './e.ts',
    ]);
  });

  it('names each kind of import the rules forbid', () => {
    expect(layerProblem('src/core/url.ts', 'node:path')).toMatch(/Node builtin/);
    expect(layerProblem('src/core/url.ts', 'fs')).toMatch(/Node builtin/);
    expect(layerProblem('src/core/url.ts', 'astro:content')).toMatch(/only exists inside Astro/);
    expect(layerProblem('src/core/url.ts', '../data/config.ts')).toMatch(/lower layer imports a higher one/);
    expect(layerProblem('src/build/compress.ts', '../integrations/compress.ts')).toMatch(/lower layer/);
    expect(layerProblem('src/data/config.ts', '../pages/index.astro')).toMatch(/lower layer/);
    expect(layerProblem('src/browser/search.ts', '../data/config.ts')).toMatch(/not browser-safe/);
    expect(layerProblem('src/build/x.ts', '../../tests/support/site.ts')).toMatch(/test or bench/);
    expect(layerProblem('tests/unit/x.test.ts', '../../bench/measure.ts')).toMatch(/test imports bench/);
  });

  it('allows what the layers allow', () => {
    expect(layerProblem('src/core/url.ts', './schema/ids.ts')).toBeUndefined();
    expect(layerProblem('src/core/guidance.ts', 'unified')).toBeUndefined();
    expect(layerProblem('src/pages/index.astro', '../data/config.ts')).toBeUndefined();
    expect(layerProblem('src/integrations/offline.ts', '../build/service-worker.ts')).toBeUndefined();
    expect(layerProblem('bench/run.ts', '../tests/support/browser.ts')).toBeUndefined();
  });

  it('holds for every file of the project', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(problems()).toEqual([]);
  });
});
