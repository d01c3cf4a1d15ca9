import { describe, expect, it } from 'vitest';
import { afterHeading, hiddenWords, visibleExcerpt } from '../../src/core/search/visible-excerpt.ts';

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
    expect([...hiddenWords(content, anchors)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('an excerpt from the visible text', () => {
  const hidden = hiddenWords(content, anchors);

  it('takes the window with the most matches, and never a hidden question', () => {
    const matches = [at('tip?'), at('fiver.'), at('gift')].map((location) => ({ location, balanced_score: 1 }));
    expect(visibleExcerpt(content, hidden, matches, {}, 6)).toBe('kindly to a <mark>gift</mark> of money,');
  });

  it('escapes the text, and starts at the range when nothing visible matches', () => {
    expect(visibleExcerpt(content, hidden, [{ location: at('tip?'), balanced_score: 5 }], {}, 3)).toBe('Gifts. Say no');
    expect(visibleExcerpt(content, hidden, [], { from: at('manager.') }, 4)).toBe('manager. &lt;Small&gt; things &amp;');
  });

  it('keeps to a section, and shows nothing for a range that is all questions', () => {
    expect(visibleExcerpt(content, hidden, [], { from: 1, to: 11 })).toBeUndefined();
  });
});

describe('where a section\'s own words start', () => {
  it('is after its heading, with the full stop Pagefind adds', () => {
    expect(afterHeading('Saying no kindly. A gift is often a thank you.', 0, 'Saying no kindly')).toBe(3);
    expect(afterHeading('Intro. Saying no kindly. A gift', 1, 'Saying no kindly')).toBe(4);
  });
  it('is where it was when the text does not open with the heading', () => {
    expect(afterHeading('No kindly. A gift', 0, 'Saying no kindly')).toBe(0);
    expect(afterHeading('Saying no', 0, 'Saying no kindly')).toBe(0);
  });
});
