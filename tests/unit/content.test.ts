/** The real guidance: plain English, and every page shaped the way readers expect. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/files.ts';
import { countMdx, grade, type Counts } from '../../src/build/readability.ts';
import { parseMdx } from '../../src/core/markdown.ts';
import { toString } from 'mdast-util-to-string';
import jsYaml from 'js-yaml';
import { quickAnswersSchema } from '../../src/core/schema/quick-answers.ts';

const files = listFiles('content/guidance', ['.mdx']);
const frontmatter = (file: string) => jsYaml.load(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;

/** The sections of the source article, and the situations staff ask about most that it does not cover. */
const SOURCE_SECTIONS = 19;
const TOPICS = [
  'when-someone-tells-you-something-worrying',
  'consent-and-capacity',
  'touch-and-intimate-care',
  'money-gifts-and-property',
  'when-you-already-know-the-person',
  'power-dependency-and-warning-signs',
  'sharing-something-about-yourself',
  'endings-and-changes',
  'recording',
  'keeping-yourself-safe',
  'trauma-informed-practice',
];

describe('the guidance content', () => {
  it('has a page per section of the source guidance and per topic staff ask about', () => {
    expect(files).toHaveLength(SOURCE_SECTIONS + TOPICS.length);
    for (const slug of TOPICS) expect(files).toContain(`content/guidance/${slug}.mdx`);
  });

  it.each(files)('%s says where it comes from', (file) => {
    const sources = frontmatter(file)['sources'] as { title: string }[] | undefined;
    expect(sources?.length ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('has at least 30 quick answers, each in staff\'s words and pointing at one section', () => {
    const data = quickAnswersSchema.parse(jsYaml.load(readFileSync('content/quick-answers.yaml', 'utf8')));
    const answers = data.groups.flatMap((g) => g.answers);
    expect(answers.length).toBeGreaterThanOrEqual(30);
    expect(new Set(answers.map((a) => a.situation.toLowerCase())).size).toBe(answers.length);
  });

  it('reads at Flesch–Kincaid grade 9 or below on average', { timeout: 30_000 }, () => {
    const total: Counts = { sentence: 0, word: 0, syllable: 0 };
    for (const file of files) {
      const c = countMdx(readFileSync(file, 'utf8'));
      total.sentence += c.sentence;
      total.word += c.word;
      total.syllable += c.syllable;
    }
    const g = grade(total);
    console.log(`Flesch–Kincaid grade of the guidance: ${g.toFixed(1)} over ${total.word} words`);
    expect(total.word).toBeGreaterThan(5000);
    expect(g).toBeLessThanOrEqual(9);
  });

  it.each(files)('%s ends with "In practice" holding at least two examples', (file) => {
    const tree = parseMdx(readFileSync(file, 'utf8'));
    const h2 = tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
    expect(h2.at(-1)).toBe('In practice');
    expect(h2.length).toBeGreaterThanOrEqual(3);
    const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n) === 'In practice');
    const examples = tree.children
      .slice(start)
      .filter((n) => n.type === 'heading' && n.depth === 3 && !/^Do(n’t|n't)?$/.test(toString(n)));
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });
});

describe('lines corrected because they were unsafe', () => {
  // Each once told staff something that could hurt someone; none may come back anywhere staff read.
  const UNSAFE: [RegExp, string][] = [
    [/unless they agree or there is an emergency/i, 'sharing without consent is not limited to emergencies'],
    [/only exception is an emergency/i, 'sharing without consent is not limited to emergencies'],
    [/rare times when you may need to share/i, 'sharing to protect someone is not rare'],
    [/visit on your day off, or a date/i, 'a romantic relationship is never acceptable'],
  ];
  const texts = [...listFiles('content', ['.mdx', '.yaml', '.md']), ...listFiles('src', ['.astro', '.ts'])]
    // Retired statements keep their old words on purpose, so old sheets still resolve: the site marks them retired.
    .map((file) => ({ file, text: readFileSync(file, 'utf8').replace(/^retired:[\s\S]*$/m, '') }));

  it.each(UNSAFE)('%s is gone', (pattern, why) => {
    const found = texts.filter(({ text }) => pattern.test(text)).map(({ file }) => file);
    expect(found, why).toEqual([]);
  });
});

describe('readability counting', () => {
  it('counts a heading and each list item as a sentence', () => {
    const c = countMdx('---\ntitle: x\n---\n\n## A heading\n\nOne sentence. Two sentences!\n\n- item one\n- item two\n');
    expect(c).toMatchObject({ sentence: 5, word: 10 });
  });
  it('rates long words and sentences harder', () => {
    const easy = grade(countMdx('The cat sat on the mat. It was warm.'));
    const hard = grade(countMdx('Organisational considerations necessitate comprehensive documentation of interpersonal communication irregularities.'));
    expect(hard).toBeGreaterThan(easy + 5);
  });
});
