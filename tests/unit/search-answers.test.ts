import { describe, expect, it } from 'vitest';
import { bestQuestion } from '../../src/core/search/answers.ts';

const anchors = [
  { id: 'family-friends-and-callers', text: 'Family, friends and callers' },
  { id: 'q-family-friends-and-callers-1', text: 'A relative rang asking how her mum is. What can I tell her?' },
  { id: 'q-when-confidentiality-is-broken-1', text: 'Staff were chatting about a resident in the canteen. What should I do?' },
  { id: 'q-when-confidentiality-is-broken-2', text: 'Staff gossip about a resident in the canteen at lunch' },
];

describe('"Answers: …" in a result', () => {
  it('picks the question sharing most topic words with the query, and its section', () => {
    expect(bestQuestion('gossip in the canteen', anchors)).toEqual({
      question: 'Staff gossip about a resident in the canteen at lunch',
      section: 'when-confidentiality-is-broken',
    });
    expect(bestQuestion('my relatives keep ringing', anchors)?.section).toBe('family-friends-and-callers');
  });

  it('shows none when no question shares a topic word, and ignores headings', () => {
    expect(bestQuestion('friends', anchors)).toBeUndefined();
    expect(bestQuestion('what can i do', anchors)).toBeUndefined();
    expect(bestQuestion('canteen', undefined)).toBeUndefined();
  });
});
