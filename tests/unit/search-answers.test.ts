import { describe, expect, it } from 'vitest';
import { bestQuestion, sentencesAt } from '../../src/core/search/answers.ts';

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

describe('a section\'s questions read back from the page text', () => {
  it('are the given number of sentences from the marker on', () => {
    expect(sentencesAt(content, at('Staff were'), 3)).toEqual([
      'Staff were chatting about a resident in the canteen.',
      'What should I do?',
      'Staff gossip about a resident in the canteen at lunch.',
    ]);
  });
  it('stop at the end of the text', () => {
    expect(sentencesAt('Can I take a tip?', 0, 3)).toEqual(['Can I take a tip?']);
  });
});

describe('"Answers: …" in a result', () => {
  it('picks the question sharing most topic words with the query, and its section', () => {
    expect(bestQuestion('gossip in the canteen at lunch', anchors, content)).toEqual({
      question: 'Staff gossip about a resident in the canteen at lunch',
      section: 'when-confidentiality-is-broken',
    });
    expect(bestQuestion('my relatives keep ringing', anchors, content)?.section).toBe('family-friends-and-callers');
  });

  it('never takes the section text after the questions, or a heading, for a question', () => {
    expect(bestQuestion('tell your manager', anchors, content)).toBeUndefined();
    expect(bestQuestion('friends', anchors, content)).toBeUndefined();
  });

  it('shows none when no question shares a topic word, or there is nothing to read', () => {
    expect(bestQuestion('what can i do', anchors, content)).toBeUndefined();
    expect(bestQuestion('canteen', undefined, content)).toBeUndefined();
    expect(bestQuestion('canteen', anchors, undefined)).toBeUndefined();
  });
});
