import { describe, expect, it } from 'vitest';
import { dutyCount, formatCount, officeCount } from './format.ts';

describe('formatCount', () => {
  it('picks singular or plural and groups thousands', () => {
    expect(dutyCount(1)).toBe('1 duty');
    expect(dutyCount(102)).toBe('102 duties');
    expect(officeCount(0)).toBe('0 offices');
    expect(formatCount(10000, 'unit')).toBe('10,000 units');
  });
});
