/** Prints the Flesch–Kincaid grade of each guidance page and of them all: `npm run readability`. */
import { readFileSync } from 'node:fs';
import { listFiles } from '../src/build/files.ts';
import { countMdx, grade, type Counts } from '../src/build/readability.ts';

const dir = process.argv[2] ?? 'content/guidance';
const total: Counts = { sentence: 0, word: 0, syllable: 0 };
for (const file of listFiles(dir, ['.mdx'])) {
  const c = countMdx(readFileSync(file, 'utf8'));
  total.sentence += c.sentence;
  total.word += c.word;
  total.syllable += c.syllable;
  console.log(`${grade(c).toFixed(1).padStart(5)}  ${c.word.toString().padStart(5)} words  ${file}`);
}
console.log(`${grade(total).toFixed(1).padStart(5)}  ${total.word.toString().padStart(5)} words  all pages`);
