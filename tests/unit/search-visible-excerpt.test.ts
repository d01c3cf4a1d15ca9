import { describe, expect, it } from 'vitest';
import { afterHeading, hiddenWords, mergeMatches, OWN_WORD_FACTOR, visibleExcerpt, visibleExcerpts } from '../../src/core/search/visible-excerpt.ts';
import { questionBlocks, textWords } from '../../src/core/search/answers.ts';

// A page's text as Pagefind indexes it: a heading, its hidden questions (marker q-gifts-2), then the guidance.
const content = 'Gifts. Can I take a tip? resident offered me a fiver. Say no kindly to a gift of money, and tell your manager. <Small> things & cards are different.';
const words = content.split(' ');
const at = (word: string) => words.indexOf(word);
const anchors = [
  { id: 'gifts', location: 0 },
  { id: 'q-gifts-2', location: 1 },
];

describe('the hidden questions of a page', () => {
  it('are the words of each question block, read from its marker', () => {
    expect([...hiddenWords(questionBlocks(words, anchors))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('an excerpt from the visible text', () => {
  const hidden = hiddenWords(questionBlocks(words, anchors));

  it('takes the window with the most matches, from the start of its sentence, and never a hidden question', () => {
    const matches = [at('tip?'), at('fiver.'), at('gift')].map((location) => ({ location, balanced_score: 1 }));
    expect(visibleExcerpt(words, hidden, matches, {}, 6)).toBe('Say no kindly to a <mark>gift</mark>');
  });

  it('opens a few words before the match when its sentence starts far back', () => {
    const long = 'Start. a b c d e f g h i j k l m gift n o';
    const at = long.split(' ').indexOf('gift');
    expect(visibleExcerpt(long.split(' '), new Set(), [{ location: at, balanced_score: 1 }], {}, 5)).toBe('k l m <mark>gift</mark> n');
  });

  it('escapes the text, and starts at the range when nothing visible matches', () => {
    expect(visibleExcerpt(words, hidden, [{ location: at('tip?'), balanced_score: 5 }], {}, 3)).toBe('Gifts. Say no');
    expect(visibleExcerpt(words, hidden, [], { from: at('manager.') }, 4)).toBe('manager. &lt;Small&gt; things &amp;');
  });

  it('keeps to a section, and shows nothing for a range that is all questions', () => {
    expect(visibleExcerpt(words, hidden, [], { from: 1, to: 11 })).toBeUndefined();
  });
});

describe('where a section\'s own words start', () => {
  it('is after its heading, with the full stop Pagefind adds', () => {
    expect(afterHeading(textWords('Saying no kindly. A gift is often a thank you.'), 0, 'Saying no kindly')).toBe(3);
    expect(afterHeading(textWords('Intro. Saying no kindly. A gift'), 1, 'Saying no kindly')).toBe(4);
  });
  it('is where it was when the text does not open with the heading', () => {
    expect(afterHeading(textWords('No kindly. A gift'), 0, 'Saying no kindly')).toBe(0);
    expect(afterHeading(textWords('Saying no'), 0, 'Saying no kindly')).toBe(0);
  });
});

describe('a result\'s excerpts', () => {
  // Title, then two sections, each a heading, its hidden questions and its text.
  const text = 'Money. What to do. Gifts. Can I take a tip? Say no to a gift kindly. Wills. Can I be in her will? Never witness a will.';
  const w = textWords(text);
  const anchors = [
    { id: 'gifts', element: 'h2', location: w.indexOf('Gifts.') },
    { id: 'q-gifts-1', element: 'span', location: w.indexOf('Can') },
    { id: 'wills', element: 'h2', location: w.indexOf('Wills.') },
    { id: 'q-wills-1', element: 'span', location: w.lastIndexOf('Can') },
  ];
  const page = { words: w, blocks: questionBlocks(w, anchors), anchors, weighted_locations: [{ location: w.indexOf('gift'), balanced_score: 1 }] };

  it('are the page\'s after its title, and each section\'s within it, without questions or heading', () => {
    const excerpts = visibleExcerpts(page, 'Money');
    expect(excerpts.page).toBe('Say no to a <mark>gift</mark> kindly. Wills. Never witness a will.');
    expect(excerpts.section({ title: 'Gifts', anchor: { location: w.indexOf('Gifts.') } })).toBe('Say no to a gift kindly.');
    expect(excerpts.section({ title: 'Wills', anchor: { location: w.indexOf('Wills.') } })).toBe('Never witness a will.');
  });

  it('leave Pagefind\'s own where a page has no hidden questions, or a section no heading', () => {
    const unmarked = anchors.filter((a) => !a.id.startsWith('q-'));
    const plain = visibleExcerpts({ ...page, anchors: unmarked, blocks: questionBlocks(w, unmarked) }, 'Money');
    expect(plain.page).toBeUndefined();
    expect(plain.section({ title: 'Gifts', anchor: { location: 3 } })).toBeUndefined();
    expect(visibleExcerpts(page, 'Money').section({ title: 'Intro' })).toBeUndefined();
  });
});

describe('the matches of every step that found a page', () => {
  const at = (location: number, balanced_score: number) => ({ location, balanced_score });
  it('add up place by place, each step weighed, the reader\'s own words counting more than a synonym', () => {
    const page = mergeMatches([
      { weight: 1, matches: [at(40, 5), at(3, 1)] },
      { weight: 1, own: true, matches: [at(3, 1), at(12, 2)] },
      { weight: 2, matches: [at(12, 1)] },
    ]);
    expect(page).toEqual([at(3, 1 + OWN_WORD_FACTOR), at(12, 2 * OWN_WORD_FACTOR + 2), at(40, 5)]);
  });

  it('move the excerpt from where one synonym is densest to where the typed words are', () => {
    // "disclosure" (a situation's phrase) twice in one paragraph; the typed "hits" and "son" in another.
    const all = 'Whistleblowing. The disclosure law protects a disclosure made. Listening. If he hits you or your son tell us.'.split(' ');
    const synonym = { weight: 1, matches: [at(2, 1), at(6, 1)] };
    const typed = [{ weight: 1, own: true, matches: [at(11, 1)] }, { weight: 1, own: true, matches: [at(15, 1)] }];
    expect(visibleExcerpt(all, new Set(), synonym.matches, {}, 6)).toContain('<mark>disclosure</mark>');
    const excerpt = visibleExcerpt(all, new Set(), mergeMatches([synonym, ...typed]), {}, 6);
    expect(excerpt).toContain('<mark>hits</mark>');
    expect(excerpt).not.toContain('disclosure');
  });
});
