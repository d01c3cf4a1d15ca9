import { describe, expect, it } from 'vitest';
import { analyse, contentWords, mergeRanked, words, type Step } from '../../src/core/search/query.ts';
import { toSynonyms } from '../../src/core/search/synonyms.ts';
import { parseVocabulary } from '../../src/core/search/vocabulary.ts';

const vocabulary = parseVocabulary({ boundaries: 9, confidentiality: 7, gift: 5, social: 3, media: 3, empathy: 6, offer: 2 });
const synonyms = toSynonyms({ present: ['gift'], facebook: ['social media'], 'burnt out': ['burnout'] });
const queries = (plan: Step[]) => plan.map((s) => s.q);
/** A word list that knows no word: every unknown word is a typo. */
const notAWord = () => false;

describe('words of a query', () => {
  it('lower-cases, drops apostrophes and splits on punctuation', () => {
    expect(words("Mum's care: self-assessment, DON'T")).toEqual(['mums', 'care', 'self', 'assessment', 'dont']);
  });

  it('keeps the words that name a topic', () => {
    expect(contentWords('Can I add a client on Facebook?')).toEqual(['add', 'facebook']);
    expect(contentWords('resident offered me a gift')).toEqual(['offered', 'gift']);
  });

  it('keeps person words, then all words, when nothing else is left', () => {
    expect(contentWords('the client')).toEqual(['client']);
    expect(contentWords('what is it')).toEqual(['what', 'is', 'it']);
  });
});

describe('the query plan', () => {
  it('asks for the synonyms, then each content word (no stop words, no person words), never words together', () => {
    expect(queries(analyse('can I give a client a present at christmas', { vocabulary, synonyms }).plan)).toEqual([
      'gift',
      'give',
      'present',
      'christmas',
    ]);
    expect(queries(analyse('he asked why im leaving and said everyone always leaves him', { vocabulary, synonyms }).plan)).toEqual([
      'asked',
      'leaving',
      'everyone',
      'always',
      'leaves',
    ]);
  });

  it('keeps a person word when it is all there is', () => {
    expect(queries(analyse('my clients', { vocabulary, synonyms }).plan)).toEqual(['clients']);
  });

  it('keeps a wider plan, with the stop words that can name a topic, for when the plan finds nothing', () => {
    const { plan, fallback } = analyse("should I tell a client I've had depression too", { vocabulary, synonyms, situations: [] });
    expect(queries(plan)).toEqual(['depression']);
    expect(queries(fallback!)).toEqual(['tell', 'depression']);
  });

  it('has no wider plan when the query holds no such stop word', () => {
    expect(analyse('gift from a resident', { vocabulary, synonyms }).fallback).toBeUndefined();
  });

  it('asks once for a single word', () => {
    expect(queries(analyse('  gift ', { vocabulary, synonyms }).plan)).toEqual(['gift']);
  });

  it('reads synonyms of several words, stop words included', () => {
    const { expansions } = analyse('feeling burnt out', { vocabulary, synonyms });
    expect(expansions).toEqual(['burnout']);
  });

  it('offers a typo\'s correction as "Did you mean", and searches only for the real words as typed', () => {
    const result = analyse('empaty', { vocabulary, synonyms, isWord: notAWord });
    expect(result.corrections).toEqual([{ from: 'empaty', to: 'empathy' }]);
    expect(result.didYouMean).toBe('empathy');
    // Not even the typo: Pagefind would match its fragments to pages that are not answers.
    expect(queries(result.plan)).toEqual([]);
    expect(queries(analyse('offer empaty', { vocabulary, synonyms, isWord: notAWord }).plan)).toEqual(['offer']);
  });

  it('searches a long typo near a word of the site as that word, and says so instead of asking', () => {
    const result = analyse('confidentialty when to break it', { vocabulary, synonyms, isWord: notAWord });
    expect(queries(result.plan)).toContain('confidentiality');
    expect(result.searchedFor).toBe('confidentiality when to break it');
    expect(result.didYouMean).toBeUndefined();
    // A short one may be shorthand: only offered.
    const short = analyse('offer empaty', { vocabulary, synonyms, isWord: notAWord });
    expect(short.searchedFor).toBeUndefined();
    expect(short.didYouMean).toBe('offer empathy');
    // With a short typo beside it, the long one is read and the short one still offered.
    const both = analyse('confidentialty empaty', { vocabulary, synonyms, isWord: notAWord });
    expect(queries(both.plan)).toEqual(['confidentiality']);
    expect(both.didYouMean).toBe('confidentiality empathy');
  });

  it('corrects nothing without a vocabulary or a word list, and nothing the site or the synonyms know', () => {
    expect(analyse('boundries').corrections).toEqual([]);
    expect(analyse('boundries', { vocabulary, synonyms }).corrections).toEqual([]);
    expect(analyse('facebook gift offered', { vocabulary, synonyms, isWord: notAWord }).didYouMean).toBeUndefined();
  });
});

describe('merging the ranked lists', () => {
  it('adds up each page over the plan, times each step weight, and remembers its best step', () => {
    const merged = mergeRanked(
      [[{ id: 'a', score: 1 }], [{ id: 'b', score: 2 }], [{ id: 'b', score: 3 }, { id: 'c', score: 2 }]],
      [4, 1, 1],
    );
    expect(merged).toEqual([
      { id: 'b', score: 5, best: 2 },
      { id: 'a', score: 4, best: 0 },
      { id: 'c', score: 2, best: 2 },
    ]);
  });
  it('scales each total by its factor before the one sort', () => {
    const merged = mergeRanked([[{ id: 'a', score: 4 }, { id: 'c', score: 3 }]], [1], (id) => (id === 'c' ? 2 : 1));
    expect(merged.map(({ id, score }) => [id, score])).toEqual([['c', 6], ['a', 4]]);
  });
});

describe('a query that asks for the framework', () => {
  it('is told by its words ("lone working competencies", "consent checklist", "printable sheet")', () => {
    for (const q of ['lone working competencies', 'consent checklist', 'printable sheet', 'Self-assessment FORM', 'print off the empathy statements'])
      expect(analyse(q).framework, q).toBe(true);
  });
  it('searches the topic, not the words for the framework\'s pages, unless nothing else is left', () => {
    expect(analyse('lone working competencies').plan.map((s) => s.q)).toEqual(['lone', 'working']);
    expect(analyse('print off the empathy statements').plan.map((s) => s.q)).toEqual(expect.arrayContaining(['empathy']));
    expect(analyse('print off the empathy statements').plan.map((s) => s.q)).not.toContain('statements');
    expect(analyse('competency framework').plan.map((s) => s.q)).toEqual(expect.arrayContaining(['competency', 'framework']));
  });
  it('is not told by "form", which asks about the guidance ("ReSPECT form", "consent form")', () => {
    expect(analyse('ReSPECT form').framework).toBe(false);
    expect(analyse('consent form').framework).toBe(false);
  });
  it('is not told by a word that only starts like one ("formal complaint")', () => {
    expect(analyse('formal complaint').framework).toBe(false);
    expect(analyse('resident offered me a gift').framework).toBe(false);
  });
});
