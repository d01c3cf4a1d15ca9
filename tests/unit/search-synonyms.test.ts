import { describe, expect, it } from 'vitest';
import { SYNONYMS, expand, synonymWords, toSynonyms, unusableTargets } from '../../src/core/search/synonyms.ts';
import { words } from '../../src/core/search/words.ts';

const fixture = toSynonyms({
  present: ['gift'],
  facebook: ['social media', 'friend request'],
  'burnt out': ['burnout'],
  burnt: ['fire'],
  'asked me out': ['meeting outside work'],
});

describe('synonyms', () => {
  it('gives the site phrases for the everyday words of a query', () => {
    expect(expand(words('Resident offered me a present'), fixture)).toEqual(['gift']);
    expect(expand(words('can I add her on facebook'), fixture)).toEqual(['social media', 'friend request']);
    expect(expand(words('nothing here'), fixture)).toEqual([]);
  });

  it('reads the longest phrase first', () => {
    expect(expand(words('feeling burnt out'), fixture)).toEqual(['burnout']);
    expect(expand(words('burnt toast'), fixture)).toEqual(['fire']);
    expect(expand(words('a client asked me out'), fixture)).toEqual(['meeting outside work']);
  });

  it('lists the words it understands', () => {
    expect(synonymWords(fixture)).toEqual(new Set(['present', 'facebook', 'burnt', 'out', 'asked', 'me']));
  });

  it('names the file, the entry and the fix for a malformed entry', () => {
    expect(() => toSynonyms({ 'Face-book': ['social media'] }, 'f.json')).toThrow(
      'f.json: the key "Face-book" must be written "face book" (lower case, no punctuation).',
    );
    expect(() => toSynonyms({ present: 'gift' }, 'f.json')).toThrow('f.json: "present" must map to a list of one or more phrases');
    expect(() => toSynonyms({ present: [] }, 'f.json')).toThrow('"present" must map to a list');
    expect(() => toSynonyms(['present'], 'f.json')).toThrow('f.json: write one object');
  });

  it('src/core/search/synonyms.json is well formed and covers everyday words staff use', () => {
    expect(SYNONYMS.size).toBeGreaterThan(100);
    expect(SYNONYMS.get('present')).toContain('gift');
    expect(SYNONYMS.get('facebook')).toContain('social media');
  });
});

describe('synonyms that cannot work', () => {
  const vocabulary = { gift: 3, liberty: 2, deprivation: 2 };
  it('names a target the site never uses, and one made only of stop words', () => {
    const synonyms = toSynonyms({ present: ['gift', 'presentness'], wandering: ['going out', 'deprivation of liberty'], defib: ['999'], gp: ['gp'] });
    expect(unusableTargets(synonyms, vocabulary)).toEqual([
      ['present', 'presentness'],
      ['wandering', 'going out'],
    ]);
  });
});
