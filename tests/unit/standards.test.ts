/** The external standards as the site names them, and the statements mapped to each. */
import { describe, expect, it } from 'vitest';
import { standardsFileSchema } from '../../src/core/schema/standards.ts';
import { entryName, groupsOf, standardIndex, standardLabel, standardPath, standardsInShort, statementsByStandard } from '../../src/core/standards.ts';

const file = standardsFileSchema.parse({
  frameworks: [
    { id: 'cc2015', title: 'The Care Certificate (2015 standards)', shortTitle: 'Care Certificate 2015', source: 'Skills for Care', entries: [{ id: 'cc2015-6', number: 6, title: 'Communication' }] },
    {
      id: 'cqc',
      title: 'CQC quality statements',
      shortTitle: 'CQC',
      source: 'CQC',
      entries: [
        { id: 'cqc-safe-safeguarding', group: 'Safe', title: 'Safeguarding' },
        { id: 'cqc-safe-learning-culture', group: 'Safe', title: 'Learning culture' },
        { id: 'cqc-caring-kindness', group: 'Caring', title: 'Kindness, compassion and dignity' },
      ],
    },
    { id: 'nmc', title: 'The NMC Code', source: 'NMC', entries: [{ id: 'nmc-prioritise-people', title: 'Prioritise people' }] },
  ],
});
const index = standardIndex(file);

describe('standards', () => {
  it('are found by id, in file order', () => {
    expect([...index.keys()]).toEqual(['cc2015-6', 'cqc-safe-safeguarding', 'cqc-safe-learning-culture', 'cqc-caring-kindness', 'nmc-prioritise-people']);
    expect(standardIndex(undefined).size).toBe(0);
  });

  it('are named by number where they have one, else by key question and title', () => {
    expect(standardLabel(index.get('cc2015-6')!)).toBe('Care Certificate 2015, 6 Communication');
    expect(standardLabel(index.get('cqc-safe-safeguarding')!)).toBe('CQC, Safe: Safeguarding');
    expect(standardLabel(index.get('nmc-prioritise-people')!)).toBe('The NMC Code, Prioritise people');
    expect(standardsInShort(['cc2015-6', 'cqc-safe-safeguarding', 'nmc-prioritise-people', 'cqc-caring-kindness'].map((id) => index.get(id)!))).toBe(
      'Care Certificate 2015 6; CQC Safe: Safeguarding, Caring: Kindness, compassion and dignity; The NMC Code Prioritise people',
    );
    expect(entryName(index.get('cqc-caring-kindness')!.entry)).toBe('Caring: Kindness, compassion and dignity');
  });

  it('link to their place on /framework/standards/', () => {
    expect(standardPath('coc-5')).toBe('framework/standards/#coc-5');
  });

  it('are grouped under their key questions, in file order', () => {
    expect(groupsOf(file.frameworks[1]!).map((g) => [g.group, g.entries.length])).toEqual([
      ['Safe', 2],
      ['Caring', 1],
    ]);
    expect(groupsOf(file.frameworks[0]!).map((g) => g.group)).toEqual([undefined]);
  });

  it('list the statements that cite them, once each, in framework order', () => {
    const statements = [
      { id: 'BND-01', standards: ['cc2015-6', 'cc2015-6'] },
      { id: 'BND-02' },
      { id: 'CNF-01', standards: ['cc2015-6', 'cqc-safe-safeguarding'] },
    ];
    const map = statementsByStandard(statements);
    expect(map.get('cc2015-6')!.map((s) => s.id)).toEqual(['BND-01', 'CNF-01']);
    expect(map.get('cqc-safe-safeguarding')!.map((s) => s.id)).toEqual(['CNF-01']);
    expect(map.has('nmc-prioritise-people')).toBe(false);
  });
});

describe('the standards file schema', () => {
  const issues = (data: object) => standardsFileSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  const framework = { id: 'cc2015', title: 'CC', source: 'Skills for Care' };

  it('keeps each entry under its framework and every id unique', () => {
    expect(
      issues({
        frameworks: [
          { ...framework, entries: [{ id: 'cc2015-1', title: 'Understand your role' }, { id: 'cc2015-1', title: 'Again' }, { id: 'cc-2', title: 'Elsewhere' }] },
          { ...framework, entries: [{ id: 'cc2015-3', title: 'Duty of care' }] },
        ],
      }),
    ).toEqual([
      'frameworks.0.entries.1.id: "cc2015-1" is already the id of "Understand your role"; ids are permanent, so give this entry its own',
      'frameworks.0.entries.2.id: "cc-2" is in cc2015; its id must start "cc2015-"',
      'frameworks.1.id: "cc2015" is already the id of "CC"; give each framework its own id',
    ]);
  });

  it('refuses an id that is not lower case words and digits', () => {
    expect(issues({ frameworks: [{ ...framework, entries: [{ id: 'CC2015 6', title: 'Communication' }] }] })[0]).toContain(
      'frameworks.0.entries.0.id: Write the id in lower case',
    );
  });
});
