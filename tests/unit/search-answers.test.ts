import { describe, expect, it } from 'vitest';
import { bestQuestion, isOneSentence, questionBlocks, sentencesAt, textWords } from '../../src/core/search/answers.ts';
import { questionsId, readQuestionsId } from '../../src/core/questions.ts';

// A page's text as Pagefind indexes it, with each section's questions after its heading (a question typed
// without a full stop gets one), and the anchors it lists: headings, and each question block's empty marker.
const content =
  'Family, friends and callers. A relative rang asking how her mum is. What can I tell her? Share only what she agreed. ' +
  'When confidentiality is broken. Staff were chatting about a resident in the canteen. What should I do? Staff gossip about a resident in the canteen at lunch. Tell your manager.';
const at = (phrase: string) => content.slice(0, content.indexOf(phrase)).split(/\s+/).filter(Boolean).length;
const anchors = [
  { id: 'family-friends-and-callers', text: 'Family, friends and callers', location: 0 },
  { id: 'q-family-friends-and-callers-2', text: '', location: at('A relative') },
  { id: 'when-confidentiality-is-broken', text: 'When confidentiality is broken', location: at('When conf') },
  { id: 'q-when-confidentiality-is-broken-3', text: '', location: at('Staff were') },
];
const blocks = questionBlocks(textWords(content), anchors);

describe('the marker that opens a section\'s questions', () => {
  it('names the section and the count, and is read back', () => {
    expect(questionsId('when-confidentiality-is-broken', 3)).toBe('q-when-confidentiality-is-broken-3');
    expect(readQuestionsId('q-when-confidentiality-is-broken-3')).toEqual({ anchor: 'when-confidentiality-is-broken', count: 3 });
    expect(readQuestionsId('when-confidentiality-is-broken')).toBeUndefined();
  });
});

describe('a section\'s questions read back from the page text', () => {
  it('are the given number of sentences from the marker on', () => {
    expect(sentencesAt(textWords(content), at('Staff were'), 3)).toEqual([
      'Staff were chatting about a resident in the canteen.',
      'What should I do?',
      'Staff gossip about a resident in the canteen at lunch.',
    ]);
  });
  it('take the words from the marker to the end of its questions, for each block', () => {
    expect(blocks.map(({ section, start, end }) => [section, start, end])).toEqual([
      ['family-friends-and-callers', at('A relative'), at('Share only')],
      ['when-confidentiality-is-broken', at('Staff were'), at('Tell your')],
    ]);
  });
  it('are one sentence each when written as one, whatever their last mark', () => {
    expect(isOneSentence('Can I take a tip?')).toBe(true);
    expect(isOneSentence('resident offered me a fiver')).toBe(true);
    expect(isOneSentence('She gave me chocolates. Can I keep them?')).toBe(false);
    expect(isOneSentence('Not sure! Who do I ask')).toBe(false);
  });
  it('stop at the end of the text', () => {
    expect(sentencesAt(textWords('Can I take a tip?'), 0, 3)).toEqual(['Can I take a tip?']);
  });
});

describe('"Answers: …" in a result', () => {
  it('picks the question sharing most topic words with the query, and its section', () => {
    expect(bestQuestion('gossip in the canteen at lunch', blocks)).toEqual({
      question: 'Staff gossip about a resident in the canteen at lunch',
      section: 'when-confidentiality-is-broken',
    });
    expect(bestQuestion('my relatives keep ringing', blocks)?.section).toBe('family-friends-and-callers');
  });

  it('never takes the section text after the questions, or a heading, for a question', () => {
    expect(bestQuestion('tell your manager', blocks)).toBeUndefined();
    expect(bestQuestion('friends', blocks)).toBeUndefined();
  });

  it('shows none when no question shares a topic word, or there is nothing to read', () => {
    expect(bestQuestion('what can i do', blocks)).toBeUndefined();
    expect(bestQuestion('canteen', questionBlocks(textWords(content), []))).toBeUndefined();
    expect(bestQuestion('canteen', questionBlocks([], anchors))).toBeUndefined();
  });
});
