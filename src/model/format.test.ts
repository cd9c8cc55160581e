import { describe, expect, it } from 'vitest';
import { dutyCount, formatCount, formatNumber, officeCount } from './format.ts';

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
