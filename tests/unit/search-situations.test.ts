import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/search/query.ts';
import { recognise, toSituations } from '../../src/core/search/situations.ts';
import { words } from '../../src/core/search/words.ts';

const searched = (q: string) => analyse(q).plan.map((s) => s.q);
const names = (q: string) => recognise(words(q)).map((s) => s.name);

describe('a query that reads as someone telling the worker about harm', () => {
  it('also searches for the site\'s words for a disclosure', () => {
    for (const q of ['she said a man at her day service touched her', 'kid at one of my visits said his dad hits his mum', 'Resident told me her son slapped her']) {
      expect(analyse(q).situations, q).toContain('disclosure');
      expect(searched(q), q).toEqual(expect.arrayContaining(['disclosure', 'safeguarding', 'abuse']));
    }
  });
  it('needs both a telling word and a harm word', () => {
    for (const q of ['she said her hip hurts', 'resident hit me', 'told me not to touch her', 'she says she doesnt want a shower']) {
      expect(names(q), q).not.toContain('disclosure');
      expect(searched(q), q).not.toContain('safeguarding');
    }
  });
});

describe('a query that asks whether to pass on a person\'s information', () => {
  it('also searches for confidentiality', () => {
    for (const q of ['how much can i tell his mum about his mental health', 'can i tell a patients wife what the doctor said', "family member asking about her mum's care"]) {
      expect(names(q), q).toEqual(['sharing']);
      expect(searched(q), q).toContain('confidentiality');
    }
  });
  it('needs both a sharing word and someone to share with', () => {
    for (const q of ['his mum hits him', 'can i tell her i have depression too', 'my daughter is ill and i need a day off'])
      expect(names(q), q).toEqual([]);
  });
});

describe('a query that asks whether to tell a person about the worker\'s own life', () => {
  it('also searches for sharing something about yourself', () => {
    for (const q of ['how much should i tell clients about myself', "should i tell a service user i've had depression too"]) {
      expect(names(q), q).toEqual(['self-disclosure']);
      expect(searched(q), q).toContain('sharing something about yourself');
    }
  });
  it('needs both a telling word and the worker\'s own life', () => {
    for (const q of ['i hate myself for snapping at her', 'she told me about her divorce']) expect(names(q), q).not.toContain('self-disclosure');
  });
});

describe('a query in which the worker says how the work is affecting them', () => {
  it('also searches for supervision and looking after yourself', () => {
    for (const q of ['im dreading going in to see one resident', 'i cant switch off after my shift']) {
      expect(names(q), q).toEqual(['worker-feelings']);
      expect(searched(q), q).toEqual(expect.arrayContaining(['supervision', 'looking after yourself']));
    }
  });
  it('needs the worker to speak of themselves', () => {
    for (const q of ['my client is struggling since his wife died', 'resident gets upset when i leave']) expect(names(q), q).toEqual([]);
  });
});

describe('a query that asks whether a person may be stopped from a choice of their own', () => {
  it('also searches for unwise decisions', () => {
    for (const q of ['client spent all his rent on a new telly, can i stop him', 'she isnt allowed to smoke in her own flat']) {
      expect(names(q), q).toEqual(['choices']);
      expect(searched(q), q).toContain('unwise decisions');
    }
  });
  it('needs both a word for stopping and a choice', () => {
    for (const q of ['how do i stop him hitting me', 'he drinks a lot']) expect(names(q), q).not.toContain('choices');
  });
});

describe('a query in which a person gives the worker something', () => {
  it('also searches for gifts', () => {
    expect(names('client keeps trying to give me her late husbands watch')).toEqual(['gifts']);
    expect(searched('she bought me perfume for my birthday')).toContain('gift');
  });
  it('needs giving, the worker and a thing', () => {
    for (const q of ['she gave me a hard time', 'can i give her a watch', 'he gave his daughter money']) expect(names(q), q).not.toContain('gifts');
  });
});

describe('the situations file', () => {
  const valid = { name: 'sharing', about: 'why', words: [['tell'], ['mum']], search: ['confidentiality'] };
  it('reads a valid entry', () => {
    const [one] = toSituations([valid], 'f.json');
    expect(recognise(['can', 'i', 'tell', 'his', 'mum'], [one!]).map((s) => s.name)).toEqual(['sharing']);
    expect(recognise(['tell', 'me'], [one!])).toEqual([]);
  });
  it('stops the build with the file, the entry and what to write', () => {
    expect(() => toSituations({}, 'f.json')).toThrow(/^f\.json: write a list of situations/);
    expect(() => toSituations([{ ...valid, about: undefined }], 'f.json')).toThrow('f.json: situation 1 ("sharing") needs a "name" and an "about"');
    expect(() => toSituations([{ ...valid, words: [['tell']] }], 'f.json')).toThrow(/"words" must be two or more lists/);
    expect(() => toSituations([{ ...valid, words: [['Tell'], ['mum']] }], 'f.json')).toThrow(/lower-case single words/);
    expect(() => toSituations([{ ...valid, words: [['pass on'], ['mum']] }], 'f.json')).toThrow(/lower-case single words/);
    expect(() => toSituations([{ ...valid, search: [] }], 'f.json')).toThrow(/"search" must list/);
  });
});
