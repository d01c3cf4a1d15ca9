/**
 * "Did you mean" with the English word list: a real word the guide lacks is never "corrected" to one it has,
 * a true typo is, and nothing is suggested when the word's file could not be loaded.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import {
  britishSpellings,
  DICTIONARY_SHARDS,
  dictionaryLookup,
  dictionaryNeighbours,
  isSlipOf,
  dictionaryShardOf,
  parseWordShard,
  splitWordList,
} from '../../src/core/search/dictionary.ts';
import { analyse } from '../../src/core/search/query.ts';
import { toSynonyms } from '../../src/core/search/synonyms.ts';
import { corrections, parseVocabulary, unknownWords } from '../../src/core/search/vocabulary.ts';

// The guide's words as a small vocabulary: "able" and "abused" are not here, "abuse" is not either.
const vocabulary = parseVocabulary({ able: 9, confidentiality: 7, boundaries: 6, behaviour: 4, organisation: 3, centred: 2, judgement: 2, favour: 1 });
const synonyms = toSynonyms({ present: ['gift'] });
const shards = splitWordList(readFileSync(wordListPath, 'utf8'));
/** The word list as the search page has it once every file has loaded (each file parsed as served). */
const files = new Map([...shards].map(([s, list]) => [s, parseWordShard(list.join('\n'))]));
const everyFile = dictionaryLookup(files);
const nearWords = dictionaryNeighbours(files);

describe('the word list files', () => {
  it('has one file per two letters, words of five letters or more, sorted', () => {
    expect([...shards.keys()]).toEqual(DICTIONARY_SHARDS);
    expect(DICTIONARY_SHARDS).toHaveLength(26 * 26);
    const ab = shards.get('ab')!;
    expect(ab).toContain('abuse');
    expect(ab.every((w) => w.length >= 5 && w.startsWith('ab'))).toBe(true);
    expect([...ab].sort()).toEqual(ab);
    expect(shards.get('qx')).toEqual([]);
  });

  it('keeps every file small enough to fetch on a phone', () => {
    const largest = Math.max(...[...shards.values()].map((list) => list.join('\n').length));
    expect(largest).toBeLessThan(120_000);
  });

  it('looks a word up in its file only', () => {
    expect(dictionaryShardOf('abuse')).toBe('ab');
    expect(dictionaryShardOf('a1')).toBeUndefined();
    expect(everyFile('abuse')).toBe(true);
    expect(everyFile('confidentality')).toBe(false);
  });
});

describe('did you mean, with the word list', () => {
  it('never corrects a real word the guide lacks ("abuse" must not become "able")', () => {
    for (const word of ['abuse', 'neglect', 'bruises', 'grooming', 'exploitation', 'bullying', 'loneliness'])
      expect(corrections(word, vocabulary, everyFile), word).toEqual([]);
    const analysis = analyse('abuse', { vocabulary, synonyms, isWord: everyFile });
    expect(analysis.didYouMean).toBeUndefined();
    expect(analysis.plan.map((s) => s.q)).toEqual(['abuse']);
  });

  it('offers the correction of a short true typo without searching for it, and searches a long one as the word', () => {
    expect(corrections('confidentality', vocabulary, everyFile)).toEqual([{ from: 'confidentality', to: 'confidentiality' }]);
    expect(corrections('boundries', vocabulary, everyFile)).toEqual([{ from: 'boundries', to: 'boundaries' }]);
    const short = analyse('breach of centrd care', { vocabulary, synonyms, isWord: everyFile });
    expect(short.didYouMean).toBe('breach of centred care');
    // The plan is the real words as typed: the suggestion adds no results of its own, nor does the typo.
    expect(short.plan.map((s) => s.q)).toEqual(['breach', 'care']);
    const long = analyse('breach of confidentality', { vocabulary, synonyms, isWord: everyFile });
    expect(long.didYouMean).toBeUndefined();
    expect(long.searchedFor).toBe('breach of confidentiality');
    expect(long.plan.map((s) => s.q)).toEqual(['breach', 'confidentiality']);
  });

  it('counts a letter left out or two neighbours swapped as a slip, not a changed or an extra letter', () => {
    for (const [typed, word] of [['residnt', 'resident'], ['esident', 'resident'], ['residen', 'resident'], ['consnet', 'consent'], ['ocnsent', 'consent'], ['consetn', 'consent']])
      expect(isSlipOf(typed!, word!), `${typed} ${word}`).toBe(true);
    for (const [typed, word] of [['consent', 'consent'], ['resudent', 'resident'], ['residennt', 'resident'], ['cnosnet', 'consent'], ['resdnt', 'resident'], ['slaped', 'shaped']])
      expect(isSlipOf(typed!, word!), `${typed} ${word}`).toBe(false);
  });

  it('searches a shorter typo as the guide\'s word only when no other English word could be meant', () => {
    expect(nearWords('residnt')).toEqual(['resident']);
    expect(nearWords('consnet')).toEqual(['consent']);
    expect(nearWords('slaped')).toContain('slapped');
    const site = parseVocabulary({ resident: 9, consent: 8, shaped: 1, empathy: 5, form: 3, told: 2, carer: 4 });
    const sure = analyse('residnt told me', { vocabulary: site, synonyms, isWord: everyFile, nearWords });
    expect(sure.searchedFor).toBe('resident told me');
    expect(sure.didYouMean).toBeUndefined();
    expect(analyse('easy read consnet form', { vocabulary: site, synonyms, isWord: everyFile, nearWords }).plan.map((s) => s.q)).toContain('consent');
    // "slaped" may be slapped, which the guide lacks: never searched as "shaped", only offered. A changed
    // letter ("empethy") or an extra one ("carrer": carer or career?) is only offered too.
    for (const [typed, offered] of [['she slaped me', 'she shaped me'], ['empethy', 'empathy'], ['carrer', 'carer']]) {
      const unsure = analyse(typed!, { vocabulary: site, synonyms, isWord: everyFile, nearWords });
      expect(unsure.searchedFor, typed).toBeUndefined();
      expect(unsure.didYouMean, typed).toBe(offered);
    }
    // Without the word list's neighbours (its file could not be loaded), only offered.
    expect(analyse('residnt', { vocabulary: site, synonyms, isWord: everyFile }).didYouMean).toBe('resident');
  });

  it('suggests nothing when the word list file could not be loaded (offline)', () => {
    const offline = dictionaryLookup(new Map([['co', null]]));
    expect(offline('confidentality')).toBeUndefined();
    expect(corrections('confidentality', vocabulary, offline)).toEqual([]);
    expect(analyse('confidentality', { vocabulary, synonyms, isWord: offline }).didYouMean).toBeUndefined();
    expect(analyse('confidentality', { vocabulary, synonyms }).didYouMean).toBeUndefined();
  });

  it('asks for the files of the words the guide does not know, and no others', () => {
    expect(unknownWords('breach of confidentality abuse', vocabulary)).toEqual(['breach', 'confidentality', 'abuse']);
    expect(unknownWords('confidentiality boundaries', vocabulary)).toEqual([]);
  });
});

describe('US spellings', () => {
  it('writes them the British way', () => {
    expect(britishSpellings('behavior')).toContain('behaviour');
    expect(britishSpellings('organization')).toContain('organisation');
    expect(britishSpellings('centered')).toContain('centred');
    expect(britishSpellings('judgmental')).toEqual([]);
    expect(britishSpellings('judgment')).toContain('judgement');
    expect(britishSpellings('favors')).toContain('favours');
    expect(britishSpellings('counseling')).toContain('counselling');
    expect(britishSpellings('gift')).toEqual([]);
  });

  it('reads a US spelling as the guide\'s word, not as a suggestion', () => {
    const analysis = analyse('challenging behavior', { vocabulary, synonyms, isWord: everyFile });
    expect(analysis.didYouMean).toBeUndefined();
    expect(analysis.spellings).toEqual([{ from: 'behavior', to: 'behaviour' }]);
    expect(analysis.plan.map((s) => s.q)).toEqual(['challenging', 'behaviour']);
  });
});
