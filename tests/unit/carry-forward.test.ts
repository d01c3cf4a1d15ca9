/** Answers to split and merged statements: kept, shown with their replacements, and carried forward on request. */
import { describe, expect, it } from 'vitest';
import { emptyDocument, type SavedDocument } from '../../src/core/self-assessment/document.ts';
import { carryForward, carryTargets, replacementsFrom } from '../../src/core/self-assessment/carry-forward.ts';
import { leftOver } from '../../src/core/self-assessment/select.ts';
import { replacementsOf, toDomains } from '../../src/core/competency.ts';

const NOW = new Date('2026-11-27T10:00:00.000Z');
// BND-90 was split into BND-08 and BND-09; BND-91 and BND-92 were merged into BND-10.
const replacements = new Map([
  ['BND-90', ['BND-08', 'BND-09']],
  ['BND-91', ['BND-10']],
  ['BND-92', ['BND-10']],
  ['BND-93', []],
]);

function saved(answers: SavedDocument['answers']): SavedDocument {
  const doc = emptyDocument({ title: 'F', version: '2.0.0' }, NOW);
  doc.answers = answers;
  return doc;
}

describe('answers to a split statement', () => {
  it('are kept and listed apart from the current statements', () => {
    const doc = saved({ 'BND-90': { rating: 'adequate', note: 'From my old sheet' }, 'BND-08': { rating: 'good' } });
    expect(leftOver(doc, ['BND-08', 'BND-09', 'BND-10'])).toEqual(['BND-90']);
  });

  it('copy their rating to each replacement with no rating yet, and keep the old answer', () => {
    const doc = saved({ 'BND-90': { rating: 'adequate', note: 'From my old sheet' } });
    expect(carryTargets(doc, 'BND-90', replacements)).toEqual(['BND-08', 'BND-09']);
    expect(carryForward(doc, 'BND-90', replacements)).toEqual(['BND-08', 'BND-09']);
    expect(doc.answers).toEqual({
      'BND-90': { rating: 'adequate', note: 'From my old sheet' },
      'BND-08': { rating: 'adequate' },
      'BND-09': { rating: 'adequate' },
    });
    // Nothing left to do: the action is not offered again.
    expect(carryTargets(doc, 'BND-90', replacements)).toEqual([]);
    expect(carryForward(doc, 'BND-90', replacements)).toEqual([]);
  });

  it('never overwrite a rating given to a new statement, and keep a note written there', () => {
    const doc = saved({ 'BND-90': { rating: 'new' }, 'BND-08': { rating: 'good' }, 'BND-09': { note: 'Not sure yet' } });
    expect(carryForward(doc, 'BND-90', replacements)).toEqual(['BND-09']);
    expect(doc.answers['BND-08']).toEqual({ rating: 'good' });
    expect(doc.answers['BND-09']).toEqual({ note: 'Not sure yet', rating: 'new' });
  });

  it('carry nothing from an answer with only a note, or a statement nothing replaced', () => {
    const doc = saved({ 'BND-90': { note: 'Only a note' }, 'BND-93': { rating: 'good' }, 'ZZZ-01': { rating: 'good' } });
    expect(carryForward(doc, 'BND-90', replacements)).toEqual([]);
    expect(carryForward(doc, 'BND-93', replacements)).toEqual([]);
    expect(carryForward(doc, 'ZZZ-01', replacements)).toEqual([]);
    expect(Object.keys(doc.answers)).toEqual(['BND-90', 'BND-93', 'ZZZ-01']);
  });
});

describe('answers to merged statements', () => {
  it('fill the merged statement from the first one carried, and leave it alone after', () => {
    const doc = saved({ 'BND-91': { rating: 'refresh' }, 'BND-92': { rating: 'good' } });
    expect(carryForward(doc, 'BND-92', replacements)).toEqual(['BND-10']);
    expect(carryTargets(doc, 'BND-91', replacements)).toEqual([]);
    expect(doc.answers['BND-10']).toEqual({ rating: 'good' });
    expect(doc.answers['BND-91']).toEqual({ rating: 'refresh' });
  });
});

describe('the replacements', () => {
  it('are read from the page as space-separated ids', () => {
    expect(replacementsFrom([{ id: 'BND-90', replacedBy: 'BND-08 BND-09' }, { id: 'BND-93', replacedBy: undefined }])).toEqual(
      new Map([
        ['BND-90', ['BND-08', 'BND-09']],
        ['BND-93', []],
      ]),
    );
  });

  it('come from the framework, leaving out any that are not current statements', () => {
    const statement = (id: string) => ({ id, statement: `I do ${id}.`, level: 'all' as const, guidance: ['a#b'], terms: ['x'], assessment: ['discussion' as const] });
    const domains = toDomains([
      {
        id: 'boundaries',
        data: {
          domain: { id: 'BND', title: 'Boundaries', summary: 'Keeping limits.', order: 1 },
          statements: [statement('BND-08'), statement('BND-09')],
          retired: [
            { id: 'BND-90', statement: 'I did both at once.', retiredIn: '2.0.0', replacedBy: ['BND-08', 'BND-09'] },
            { id: 'BND-91', statement: 'I did something else.', retiredIn: '2.0.0', replacedBy: ['BND-07'] },
            { id: 'BND-92', statement: 'I did a third thing.', retiredIn: '1.0.0' },
          ],
        },
      },
    ]);
    expect(replacementsOf(domains)).toEqual(
      new Map([
        ['BND-90', ['BND-08', 'BND-09']],
        ['BND-91', []],
        ['BND-92', []],
      ]),
    );
  });
});
