import { describe, expect, it } from 'vitest';
import { skippedBefore, type Office } from './organization.ts';

const office = (numbers: number[], missingNumbers: number[]): Office => ({
  id: 'o',
  name: 'O',
  duties: numbers.map((number) => ({ number, text: `duty ${number}` })),
  missingNumbers,
  children: [],
});

describe('skippedBefore', () => {
  it('names the numbers missing just before a duty, and nowhere else', () => {
    const o = office([1, 2, 3, 5, 6, 9], [4, 7, 8]);
    expect(o.duties.map((_, i) => skippedBefore(o, i))).toEqual([[], [], [], [4], [], [7, 8]]);
  });

  it('counts a gap before the first duty', () => {
    const o = office([2, 3], [1]);
    expect(skippedBefore(o, 0)).toEqual([1]);
    expect(skippedBefore(o, 1)).toEqual([]);
  });

  it('is empty for an index past the end and for unbroken numbering', () => {
    expect(skippedBefore(office([1, 2], []), 1)).toEqual([]);
    expect(skippedBefore(office([1, 3], [2]), 5)).toEqual([]);
  });
});
