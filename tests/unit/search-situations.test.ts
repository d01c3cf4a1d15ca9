import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/search/query.ts';
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { recognise, situationTypoCandidates, situationWordFor, SITUATIONS, toSituations } from '../../src/core/search/situations.ts';
import { dictionaryLookup, parseWordShard, splitWordList } from '../../src/core/search/dictionary.ts';
import { parseVocabulary } from '../../src/core/search/vocabulary.ts';
import { parseSections } from '../../src/core/guidance.ts';
import { roughStem, words } from '../../src/core/search/words.ts';

const searched = (q: string) => analyse(q).plan.map((s) => s.q);
const names = (q: string) => recognise(words(q)).map((s) => s.name);

describe('a query that reads as someone telling the worker about harm', () => {
  it('also searches for the site\'s words for a disclosure', () => {
    for (const q of ['she said a man at her day service touched her', 'kid at one of my visits said his dad hits his mum', 'Resident told me her son slapped her']) {
      expect(analyse(q).situations, q).toContain('disclosure');
      expect(searched(q), q).toEqual(expect.arrayContaining(['disclosure', 'safeguarding', 'abuse']));
    }
  });
  it('reads a typo of a harm word as that word, so a disclosure typed in a hurry still shows the 999 notice', () => {
    const isWord = dictionaryLookup(new Map([...splitWordList(readFileSync(wordListPath, 'utf8'))].map(([s, list]) => [s, parseWordShard(list.join('\n'))])));
    const vocabulary = parseVocabulary({ shaped: 1, resident: 9, carer: 5, night: 3, door: 2 });
    for (const q of ['resident told me a carer slaped her last night', 'she told me he was hiting her', 'he said staff grabed his arm']) {
      const hurried = analyse(q, { vocabulary, isWord });
      expect(hurried.situations, q).toContain('disclosure');
      expect(hurried.notice?.text, q).toMatch(/999/);
    }
    // A real word is never read as another, though it shares a stem: only "locks" is a harm word, on purpose.
    for (const q of ['he told me about locking the door', 'she said the staff were eating her lunch'])
      expect(analyse(q, { vocabulary, isWord }).situations, q).not.toContain('disclosure');
    // Without the word list (offline), nothing is read as another word.
    expect(analyse('she told me he was hiting her', { vocabulary }).situations).not.toContain('disclosure');
  });
  it('finds the situation word a typo stands for by its rough stem, and which words to look up', () => {
    expect(['slapped', 'slaps', 'slaped', 'slapping'].map(roughStem)).toEqual(['slap', 'slap', 'slap', 'slap']);
    expect(['hitting', 'hiting', 'hits', 'kiss', 'abuse'].map(roughStem)).toEqual(['hit', 'hit', 'hit', 'kis', 'abuse']);
    expect(situationWordFor('slaped')).toMatch(/^slap/);
    expect(situationWordFor('hiting')).toMatch(/^hit/);
    expect(situationWordFor('gardening')).toBeUndefined();
    expect(situationWordFor('hit')).toBeUndefined();
    // Only words the site and the synonyms do not know as typed cost a look-up.
    expect(situationTypoCandidates('told me a carer slaped her', (w) => ['told', 'carer'].includes(w))).toEqual(['slaped']);
    expect(situationTypoCandidates('told me a carer slapped her', (w) => ['slapped'].includes(w))).toEqual([]);
    // A harm word spelt right needs no look-up, whether or not the guide uses it.
    expect(situationTypoCandidates('she said he groped her', () => false)).toEqual([]);
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

describe('a query in which the worker already knows the person from their own life', () => {
  it('also searches for the page on when you already know the person', () => {
    for (const q of ['my aunt is moving into the care home where i work', 'ive been allocated my neighbour', "found out my ex's mum is on my rota"]) {
      expect(names(q), q).toEqual(['already-know']);
      expect(searched(q), q).toContain('already know');
    }
  });
  it('needs my, someone from the worker\'s life and the person coming onto their work', () => {
    for (const q of ['client asked about my nan', 'my mum is ill so i need to swap shifts', 'client wants to be my friend on facebook'])
      expect(names(q), q).not.toContain('already-know');
  });
});

describe('a query in which a person asks the worker to keep a secret', () => {
  it('also searches for keep a secret', () => {
    for (const q of ['she made me promise not to tell anyone', 'he begged me not to say anything to anybody']) {
      expect(names(q), q).toEqual(['keep-secret']);
      expect(searched(q), q).toContain('keep a secret');
    }
  });
  it('needs telling, someone to tell and the promise or the not', () => {
    for (const q of ['can i tell anyone else in the team about his diagnosis', 'has anyone got tips for telling family bad news', 'she told me a secret about her past'])
      expect(names(q), q).not.toContain('keep-secret');
  });
});

describe('a query in which a person says no to a care task', () => {
  it('also searches for the right to refuse', () => {
    for (const q of ['she doesnt want a shower', 'he wont let me wash him', "she won't take her tablets"]) {
      expect(names(q), q).toEqual(['refusing-care']);
      expect(searched(q), q).toContain('right to refuse');
    }
  });
  it('needs a refusal, a word for wanting or allowing, and a task', () => {
    for (const q of ['she doesnt like the water too hot', 'she doesnt have any food in', 'she wont stop eating', 'she doesnt want a male carer'])
      expect(names(q), q).not.toContain('refusing-care');
  });
});

describe('a query in which the worker asks whether to own up to something that went wrong', () => {
  it('also searches for the duty of candour', () => {
    for (const q of ['i gave the wrong dose do i tell her daughter', 'missed a visit should i apologise', 'do i have to admit my mistake']) {
      expect(names(q), q).toContain('mistake-candour');
      expect(searched(q), q).toEqual(expect.arrayContaining(['duty of candour', 'something goes wrong']));
    }
  });
  it('needs an error and a word for owning up', () => {
    for (const q of ['is it wrong to tell her family', 'she forgot her keys should i tell her son', 'she keeps telling me she missed her bus', 'she had a fall how do i record it'])
      expect(names(q), q).not.toContain('mistake-candour');
  });
});

describe('a query in which the worker sees a colleague treat someone badly', () => {
  it('also searches for whistleblowing', () => {
    for (const q of ['my colleague is rough with residents', 'staff sleeping on night shift', 'coworker ignoring call bells']) {
      expect(names(q), q).toEqual(['colleague-practice']);
      expect(searched(q), q).toContain('whistleblowing');
    }
  });
  it('is not fired by what is done to the worker', () => {
    for (const q of ['colleague is rude to me', 'resident shouts at staff', 'staff forced to do extra shifts']) expect(names(q), q).toEqual([]);
  });
});

describe('a query in staff\'s words for a death', () => {
  it('also searches for when a person dies', () => {
    for (const q of ['resident passed away last night', 'client passed suddenly']) {
      expect(names(q), q).toEqual(['passed-away']);
      expect(searched(q), q).toContain('when a person dies');
    }
  });
  it('is not fired by other passing', () => {
    for (const q of ['i passed my care certificate', 'she passed out in the shower', 'passed her meds to the nurse']) expect(names(q), q).toEqual([]);
  });
});

describe('a query in which the worker wrote something wrong in a record', () => {
  it('also searches for putting a mistake right', () => {
    for (const q of ['i wrote in the wrong file', 'made a mistake in her notes can i delete it']) {
      expect(names(q), q).toEqual(['records-mistake']);
      expect(searched(q), q).toContain('putting a mistake right');
    }
  });
  it('needs an error, a record and a word for writing', () => {
    for (const q of ['is it wrong to read her notes', 'she made a mistake', 'the gp notes are incorrect']) expect(names(q), q).not.toContain('records-mistake');
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
    const notice = { text: 'Call 999.', link: 'confidentiality#who-to-tell', linkText: 'Who to tell' };
    expect(toSituations([{ ...valid, notice }], 'f.json')[0]!.notice).toEqual(notice);
    for (const bad of [{ ...notice, text: ' ' }, { ...notice, linkText: undefined }, { ...notice, link: '/guidance/confidentiality/' }, { ...notice, link: 'confidentiality' }])
      expect(() => toSituations([{ ...valid, notice: bad }], 'f.json'), JSON.stringify(bad)).toThrow(/"notice" needs a "text", a "linkText" and a "link"/);
  });
});

describe('the notices', () => {
  it('tell a worker who hears of harm to call 999 if someone is in danger now', () => {
    expect(SITUATIONS.find((s) => s.name === 'disclosure')?.notice?.text).toBe('If someone is in danger now, call 999.');
    expect(analyse('she told me her son hits her').notice?.text).toBe('If someone is in danger now, call 999.');
    expect(analyse('gift from a resident').notice).toBeUndefined();
    for (const q of ['gift from a resident', 'she said her hip hurts', 'client told me not to touch her']) expect(recognise(words(q)).filter((s) => s.notice), q).toEqual([]);
    for (const q of ['lad told me his mums boyfriend locks him in his room', 'she said she wants to kill herself', 'old man says his son manhandles him', 'resident told me her daughter neglects her'])
      expect(recognise(words(q)).find((s) => s.notice)?.name, q).toBe('disclosure');
  });
  it('link to a guidance section that exists', () => {
    const notices = SITUATIONS.flatMap((s) => (s.notice ? [s.notice] : []));
    expect(notices.length).toBeGreaterThan(0);
    for (const { link } of notices) {
      const [page, anchor] = link.split('#');
      const sections = parseSections(readFileSync(`content/guidance/${page}.mdx`, 'utf8'));
      expect(sections.map((s) => s.anchor), link).toContain(anchor);
    }
  });
});
