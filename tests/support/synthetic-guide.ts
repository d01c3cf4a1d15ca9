/**
 * Synthetic content for the benchmarks: N guidance pages of realistic length, built from the sentences,
 * headings and examples of the real guide, and a competency framework with 5 statements per page that
 * passes the cross-check. Seeded, so every run builds the same site.
 *
 * Shape, chosen to look like the real guide: about 600 words a page, five `##` sections of guidance and
 * an `## In practice` section (two examples, Do and Don't). One page in ten is a parent with three
 * children under it (like components/). Each page brings one invented word of its own, so the vocabulary
 * grows with the guide as a real one would. Statement k of a page cites section k; the first also cites
 * a section of the page before, so pages are cited across domains.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { listFiles } from '../../src/build/files.ts';

export interface SyntheticOptions {
  pages: number;
  statementsPerPage?: number;
  seed?: number;
  /** Where to take sentences and headings from. */
  source?: string;
}

/** A statement id has two digits, so a domain holds at most 99; we keep 90 to leave room, and never fewer than 10 domains. */
export function domainCount(statements: number): number {
  return Math.max(10, Math.ceil(statements / 90));
}

/** mulberry32: small, fast, and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Corpus {
  sentences: string[];
  headings: string[];
  examples: string[];
  bullets: string[];
}

/** Sentences, `##` headings, example headings and list items of the real guide, without Markdown links or MDX. */
export function readCorpus(source = 'content/guidance'): Corpus {
  const corpus: Corpus = { sentences: [], headings: [], examples: [], bullets: [] };
  const safe = (s: string) => !/[{}<>`|*_[\]]/.test(s);
  for (const file of listFiles(source, ['.mdx'])) {
    const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const raw of body.split('\n')) {
      const line = raw.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').trim();
      if (!line) continue;
      if (line.startsWith('## ')) {
        const title = line.slice(3);
        if (title !== 'In practice' && safe(title)) corpus.headings.push(title);
      } else if (line.startsWith('### ')) {
        const title = line.slice(4);
        if (title.includes(':') && safe(title)) corpus.examples.push(title);
      } else if (line.startsWith('- ')) {
        if (safe(line.slice(2))) corpus.bullets.push(line.slice(2));
      } else if (!line.startsWith('#') && !line.startsWith('import ')) {
        for (const s of line.split(/(?<=[.!?])\s+(?=[A-Z"])/)) if (s.length > 20 && safe(s)) corpus.sentences.push(s);
      }
    }
  }
  for (const [name, list] of Object.entries(corpus)) {
    if (list.length < 5) throw new Error(`synthetic-guide: too few ${name} in ${source} to build synthetic pages.`);
  }
  return corpus;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'vas', 'dor', 'pel', 'sun', 'rha', 'bey', 'quo', 'fin', 'gal', 'nor', 'tis', 'wex'];

/** An invented word, different for every page number (a stand-in for each page's own terms). */
export function pageWord(n: number): string {
  let word = '';
  let rest = n + 17;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return `${word}ite`;
}

/** Domain ids AAA, AAB, …: three capital letters. */
function domainId(i: number): string {
  const letter = (k: number) => String.fromCharCode(65 + (k % 26));
  return letter(Math.floor(i / 676)) + letter(Math.floor(i / 26)) + letter(i);
}

interface Page {
  slug: string;
  title: string;
  sections: { title: string; anchor: string; term: string }[];
}

/** The files of a synthetic content folder: path below the folder → text. */
export function generateContent(options: SyntheticOptions): Map<string, string> {
  const { pages: count, statementsPerPage = 5, seed = 1 } = options;
  const corpus = readCorpus(options.source);
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const files = new Map<string, string>();
  const pages: Page[] = [];
  const sectionCount = statementsPerPage;
  const yamlString = (s: string) => JSON.stringify(s);

  /** A paragraph of real sentences; `extra` is worked into it so the section holds its term. */
  const paragraph = (sentences: number, extra?: string) => {
    const out = Array.from({ length: sentences }, () => pick(corpus.sentences));
    if (extra) out.splice(Math.floor(rand() * out.length), 0, extra);
    return out.join(' ');
  };

  for (let n = 0; n < count; n++) {
    const word = pageWord(n);
    const group = Math.floor(n / 10);
    const parent = n % 10 >= 1 && n % 10 <= 3 ? `part-${group * 10}` : undefined;
    const slug = parent ? `${parent}/topic-${n}` : n % 10 === 0 ? `part-${n}` : `topic-${n}`;
    const title = `${pick(corpus.headings)} (${word})`;
    const slugger = new GithubSlugger();
    const lines: string[] = [
      '---',
      `title: ${yamlString(title)}`,
      `description: ${yamlString(`How the ${word} approach helps you build trust, keep boundaries and work well with people you support.`)}`,
      `order: ${n + 1}`,
      ...(parent ? [`parent: ${parent}`] : []),
      `keywords: [${word}, ${pick(corpus.headings).toLowerCase().replace(/[^a-z ]/g, '')}]`,
      'inBrief:',
      ...Array.from({ length: 3 }, () => `  - ${yamlString(pick(corpus.bullets))}`),
      'lastReviewed: 2026-11-27',
      'reviewDue: 2027-11-27',
      '---',
      '',
      paragraph(2, `This page is about the ${word} approach.`),
      '',
    ];
    const sections: Page['sections'] = [];
    const used = new Set<string>();
    for (let k = 0; k < sectionCount; k++) {
      let heading = pick(corpus.headings);
      while (used.has(heading)) heading = `${pick(corpus.headings)} ${k + 1}`;
      used.add(heading);
      const term = k === 0 ? word : `${word}${k}`;
      lines.push(`## ${heading}`, '', paragraph(3, `Use the ${term} checklist here.`), '', paragraph(3), '');
      if (k % 2 === 1) lines.push(...Array.from({ length: 3 }, () => `- ${pick(corpus.bullets)}`), '');
      sections.push({ title: heading, anchor: slugger.slug(heading), term });
    }
    // Three everyday questions a section, about as long as the real ones, in the guide's own words: they are
    // indexed with their section, so the bench counts their bytes.
    const asked = sections.flatMap((section) => [
      `  ${section.anchor}:`,
      `    - ${yamlString(`What do I do about ${section.title.toLowerCase()} with the ${section.term} approach?`)}`,
      `    - ${yamlString(`How do I handle ${pick(corpus.examples).split(':')[1]!.trim().toLowerCase()}?`)}`,
      `    - ${yamlString(`Is it right that ${lowerFirst(pick(corpus.sentences).replace(/[.!?]+$/, ''))}?`)}`,
    ]);
    lines.splice(lines.indexOf('lastReviewed: 2026-11-27'), 0, 'questions:', ...asked);
    lines.push('## In practice', '');
    for (let e = 0; e < 2; e++) lines.push(`### ${pick(corpus.examples)}`, '', paragraph(4), '');
    lines.push('### Do', '', ...Array.from({ length: 4 }, () => `- ${pick(corpus.bullets)}`), '');
    lines.push("### Don't", '', ...Array.from({ length: 3 }, () => `- ${pick(corpus.bullets)}`), '');
    files.set(`guidance/${slug}.mdx`, lines.join('\n'));
    pages.push({ slug, title, sections });
  }

  // The framework: statements in page order, spread evenly over the domains.
  const statements = pages.flatMap((page, p) =>
    page.sections.map((section, k) => {
      const guidance = [`${page.slug}#${section.anchor}`];
      const before = pages[p - 1];
      if (k === 0 && before) guidance.push(`${before.slug}#${before.sections[1 % before.sections.length]!.anchor}`);
      return {
        statement: `I can explain "${section.title}" from the ${pageWord(p)} page to a colleague.`,
        level: (p + k) % 5 === 4 ? 'lead' : 'all',
        guidance,
        // Every section says "checklist", so a statement citing two pages still has a term both hold.
        terms: guidance.length > 1 ? ['checklist'] : [section.term],
      };
    }),
  );
  const domains = domainCount(statements.length);
  const perDomain = Math.ceil(statements.length / domains);
  for (let d = 0; d < domains; d++) {
    const id = domainId(d);
    const mine = statements.slice(d * perDomain, (d + 1) * perDomain);
    const yaml = [
      'domain:',
      `  id: ${id}`,
      `  title: ${yamlString(`Domain ${d + 1}: ${pick(corpus.headings)}`)}`,
      `  summary: ${yamlString(pick(corpus.sentences))}`,
      `  order: ${d + 1}`,
      'statements:',
      ...mine.flatMap((s, i) => [
        `  - id: ${id}-${String(i + 1).padStart(2, '0')}`,
        `    statement: ${yamlString(s.statement)}`,
        `    level: ${s.level}`,
        '    guidance:',
        ...s.guidance.map((e) => `      - ${e}`),
        `    terms: [${s.terms.join(', ')}]`,
        // Every statement says how it is assessed (the schema requires it); the methods vary like a real framework's.
        `    assessment: [${i % 3 === 0 ? 'observation, witness' : 'discussion'}]`,
      ]),
      '',
    ];
    files.set(`competencies/domain-${String(d + 1).padStart(3, '0')}.yaml`, yaml.join('\n'));
  }
  files.set(
    'competencies/framework.yaml',
    [
      'title: Synthetic benchmark framework',
      'version: 1.0.0',
      'published: 2026-11-27',
      `summary: ${yamlString(`${statements.length} generated statements over ${pages.length} generated pages, for the benchmarks.`)}`,
      'changelog:',
      '  - version: 1.0.0',
      '    date: 2026-11-27',
      '    changes:',
      '      - Generated.',
      '',
    ].join('\n'),
  );
  return files;
}

/** Writes the files under `dir` (which should be empty). */
export function writeContent(dir: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
