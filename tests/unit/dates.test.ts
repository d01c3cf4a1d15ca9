import { describe, expect, it } from 'vitest';
import { isOverdue, ukDate } from '../../src/core/dates.ts';

describe('dates', () => {
  it('writes days as UK readers do', () => {
    expect(ukDate(new Date('2027-12-03'))).toBe('3 December 2027');
  });

  it('counts a page as overdue only from the day after its review date', () => {
    const due = new Date('2027-12-03');
    expect(isOverdue(due, new Date('2027-12-03T23:59:00Z'))).toBe(false);
    expect(isOverdue(due, new Date('2027-12-04T00:01:00Z'))).toBe(true);
    expect(isOverdue(due, new Date('2026-01-01'))).toBe(false);
  });
});
