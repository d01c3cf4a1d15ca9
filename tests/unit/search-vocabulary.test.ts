import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  correctedQuery,
  corrections,
  isKnown,
  maxEdits,
  parseVocabulary,
  SHARDS,
  shardsFor,
  splitVocabulary,
  suggest,
} from '../../src/core/search/vocabulary.ts';

const vocabulary = parseVocabulary({
  boundaries: 12,
  confidentiality: 8,
  empathy: 6,
  language: 5,
  offer: 4,
  behaviour: 3,
  judgemental: 2,
  care: 20,
  core: 1,
  give: 2,
});

describe('building the vocabulary', () => {
  it('counts words, leaving out short words, numbers and stop words, most common first', () => {
    expect(buildVocabulary(['Gifts and gifts.', 'A gift of £50 for the team', 'Team work'])).toEqual({ gifts: 2, team: 2, gift: 1, work: 1 });
  });

  it('reads the JSON file, and treats anything malformed as empty', () => {
    expect(parseVocabulary({ gift: 2, bad: 'x' })).toEqual(new Map([['gift', 2]]));
    expect(parseVocabulary(['gift']).size).toBe(0);
    expect(parseVocabulary(null).size).toBe(0);
  });
});

describe('one file per first letter', () => {
  it('splits the words by first letter, keeping their order, with a file for every letter', () => {
    const shards = splitVocabulary({ gifts: 3, team: 2, gift: 1, élan: 1, ward: 1 });
    expect([...shards.keys()]).toEqual(SHARDS);
    expect(Object.entries(shards.get('g')!)).toEqual([['gifts', 3], ['gift', 1]]);
    expect(shards.get('_')).toEqual({ élan: 1 });
    expect(shards.get('x')).toEqual({});
  });

  it('fetches only the letters of the words long enough to correct', () => {
    expect(shardsFor('Resident offered me a gift')).toEqual(['o']);
    expect(shardsFor('Rescued offered me a gift')).toEqual(['o', 'r']);
    expect(shardsFor('patient offered a lovely present', new Set(['present']))).toEqual(['l', 'o']);
    expect(shardsFor('emphathy and empathy')).toEqual(['e']);
    expect(shardsFor('go to bed')).toEqual([]);
  });

  it('corrects a typo from its letter alone, as well as from the whole list', () => {
    const e = parseVocabulary(splitVocabulary(Object.fromEntries(vocabulary)).get('e'));
    expect(suggest('emphathy', e)).toBe(suggest('emphathy', vocabulary));
  });
});

describe('known words', () => {
  it('knows the site words, their stems, stop words, numbers and short words', () => {
    for (const word of ['boundaries', 'offered', 'offers', 'the', '15', 'go']) expect(isKnown(word, vocabulary), word).toBe(true);
  });

  it('knows a word that starts a site word (Pagefind matches prefixes)', () => {
    expect(isKnown('confid', vocabulary)).toBe(true);
  });

  it('knows the extra words it is given, such as the synonyms', () => {
    expect(isKnown('facebook', vocabulary)).toBe(false);
    expect(isKnown('facebook', vocabulary, new Set(['facebook']))).toBe(true);
  });
});

describe('did you mean', () => {
  it('corrects typos and US spellings to the nearest site word', () => {
    expect(suggest('boundries', vocabulary)).toBe('boundaries');
    expect(suggest('confidentialty', vocabulary)).toBe('confidentiality');
    expect(suggest('emphathy', vocabulary)).toBe('empathy');
    expect(suggest('langauge', vocabulary)).toBe('language');
    expect(suggest('behavior', vocabulary)).toBe('behaviour');
    expect(suggest('judgmental', vocabulary)).toBe('judgemental');
  });

  it('allows more edits in longer words', () => {
    expect([maxEdits(4), maxEdits(8), maxEdits(14)]).toEqual([1, 2, 3]);
    expect(suggest('xylophone', vocabulary)).toBeUndefined();
  });

  it('prefers a word with the same first letter, then the more common word', () => {
    const v = parseVocabulary({ bare: 1, care: 9, core: 5 });
    expect(suggest('cara', v)).toBe('care');
    expect(suggest('dare', v)).toBe('care');
    expect(suggest('bore', v)).toBe('bare');
  });

  it('can suggest one of the extra words', () => {
    expect(suggest('facebok', vocabulary, ['facebook'])).toBe('facebook');
  });

  it('corrects only unknown words of five letters or more that are not English words, and rewrites the query with them', () => {
    const notWords = new Set(['proffesional', 'boundries']);
    const isWord = (w: string) => !notWords.has(w);
    const fixes = corrections('Proffesional boundries? gave box abuse', parseVocabulary({ professional: 3, boundaries: 2, give: 1, fox: 1, able: 1 }), isWord);
    expect(fixes).toEqual([
      { from: 'proffesional', to: 'professional' },
      { from: 'boundries', to: 'boundaries' },
    ]);
    expect(correctedQuery('Proffesional boundries?', fixes)).toBe('professional boundaries');
  });
});
