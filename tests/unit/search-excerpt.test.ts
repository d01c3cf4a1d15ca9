import { describe, expect, it } from 'vitest';
import { splitHeading, withoutHeading } from '../../src/core/search/excerpt.ts';

describe('an excerpt that opens with its heading', () => {
  it('splits off the heading and the full stop Pagefind adds after it', () => {
    expect(splitHeading('Gifts, favours and offers. Never accept costly <mark>gifts</mark>.', 'Gifts, favours and offers')).toEqual({
      headingHtml: 'Gifts, favours and offers.',
      rest: 'Never accept costly <mark>gifts</mark>.',
    });
  });

  it('keeps the marks in both parts, closing and reopening one cut in two', () => {
    expect(splitHeading('<mark>Gifts</mark>, favours and offers. Never', 'Gifts, favours and offers')).toEqual({
      headingHtml: '<mark>Gifts</mark>, favours and offers.',
      rest: 'Never',
    });
    expect(splitHeading('Why it builds <mark>trust. Trust</mark> grows', 'Why it builds trust')).toEqual({
      headingHtml: 'Why it builds <mark>trust.</mark>',
      rest: '<mark>Trust</mark> grows',
    });
  });

  it('takes a heading that ends in its own punctuation as it is', () => {
    expect(splitHeading('I decline <mark>gifts</mark> politely. For all staff.', 'I decline gifts politely.')).toEqual({
      headingHtml: 'I decline <mark>gifts</mark> politely.',
      rest: 'For all staff.',
    });
    expect(withoutHeading('Can I accept a <mark>gift</mark>? Only a small one', 'Can I accept a gift?')).toBe('Only a small one');
  });

  it('reads entities as the characters they stand for', () => {
    expect(withoutHeading('Money &amp; gifts. Say no', 'Money & gifts')).toBe('Say no');
  });

  it('leaves nothing when the excerpt is only the heading', () => {
    expect(splitHeading('<mark>Trust</mark> and safety.', 'Trust and safety')).toEqual({ headingHtml: '<mark>Trust</mark> and safety.', rest: '' });
  });
});

describe('an excerpt that does not open with its heading', () => {
  it('is left as it was when the window starts later in the section', () => {
    const excerpt = 'is about them, not you. Gifts, favours and offers. Never accept costly <mark>gifts</mark>.';
    expect(splitHeading(excerpt, 'Gifts, favours and offers')).toBeUndefined();
    expect(withoutHeading(excerpt, 'Gifts, favours and offers')).toBe(excerpt);
  });

  it('is left as it was when the heading is only the start of a longer word', () => {
    expect(splitHeading('Trustworthy care. Be on time', 'Trust')).toBeUndefined();
  });

  it('is left as it was when a sentence starts with the heading\'s words: a heading ends with a stop', () => {
    expect(splitHeading('Don’t meet people outside work. Don’t accept <mark>gifts</mark>.', 'Don’t')).toBeUndefined();
  });

  it('is left as it was for an empty heading', () => {
    expect(withoutHeading('Some text', '  ')).toBe('Some text');
  });
});
