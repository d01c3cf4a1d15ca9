import { describe, expect, it } from 'vitest';
import { closestRun, nearnessFactor, NEARNESS, WINDOW } from '../../src/core/search/proximity.ts';

describe('how close the query words stand on a page', () => {
  it('counts the most distinct words within the window', () => {
    // "knock" at 40, "door" at 44: together; "open" far away at 300.
    expect(closestRun([[40, 900], [44], [300]])).toBe(2);
    expect(closestRun([[40], [44], [48]])).toBe(3);
  });

  it('counts a word once however often it repeats', () => {
    expect(closestRun([[1, 2, 3, 4, 5], []])).toBe(1);
  });

  it('does not join words further apart than the window', () => {
    expect(closestRun([[0], [WINDOW + 1]])).toBe(1);
    expect(closestRun([[0], [WINDOW]])).toBe(2);
  });

  it('finds the run anywhere on the page, in any order', () => {
    expect(closestRun([[500, 12], [3, 507], [1000, 509]])).toBe(3);
  });

  it('is zero for a page without the words', () => {
    expect(closestRun([[], []])).toBe(0);
  });

  it('raises the score only when two or more words stand together', () => {
    expect(nearnessFactor([[5], [400]])).toBe(1);
    expect(nearnessFactor([[5], [7]])).toBe(1 + NEARNESS);
    expect(nearnessFactor([[5], [7], [9]])).toBe(1 + 2 * NEARNESS);
  });
});
