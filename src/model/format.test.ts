import { describe, expect, it } from 'vitest';
import { dutyCount, formatCount, formatNumber, formatShortCount, officeCount } from './format.ts';

describe('formatCount', () => {
  it('picks singular or plural and groups thousands', () => {
    expect(dutyCount(1)).toBe('1 duty');
    expect(dutyCount(102)).toBe('102 duties');
    expect(officeCount(0)).toBe('0 offices');
    expect(formatCount(10000, 'unit')).toBe('10,000 units');
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps small numbers and fractions as written', () => {
    expect(formatNumber(5_242_880)).toBe('5,242,880');
    expect(formatNumber(7)).toBe('7');
    expect(formatNumber(-1_000)).toBe('-1,000');
    expect(formatNumber(1.5)).toBe('1.5');
  });
});

describe('formatShortCount', () => {
  it('is exact below ten thousand and three figures from it', () => {
    expect(formatShortCount(1, 'office')).toBe('1 office');
    expect(formatShortCount(9_999, 'duty', 'duties')).toBe('9,999 duties');
    expect(formatShortCount(10_000, 'office')).toBe('10K offices');
    expect(formatShortCount(10_001, 'match', 'match')).toBe('10K match');
    expect(formatShortCount(267_432, 'duty', 'duties')).toBe('267K duties');
    expect(formatShortCount(1_234_567, 'duty', 'duties')).toBe('1.23M duties');
  });
});
