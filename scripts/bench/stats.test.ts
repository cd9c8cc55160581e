import { describe, expect, it } from 'vitest';
import { message, round, summarize } from './stats.mjs';

describe('summarize', () => {
  it('takes the middle sample of an odd count and the mean of the middle two of an even one', () => {
    expect(summarize([30, 10, 20]).median).toBe(20);
    expect(summarize([40, 10, 30, 20]).median).toBe(25);
  });

  it('leaves failed runs out of the figures but counts them as runs', () => {
    const s = summarize([12.34, null, 8], ['timed out']);
    expect(s).toEqual({
      runs: 3,
      median: 10.2,
      min: 8,
      max: 12.3,
      samples: [12.3, 8],
      errors: ['timed out'],
    });
  });

  it('has no figures when every run failed', () => {
    expect(summarize([null, null])).toMatchObject({ runs: 2, median: null, min: null, max: null });
  });
});

describe('round and message', () => {
  it('rounds to a tenth of a millisecond', () => {
    expect(round(1.25)).toBe(1.3);
    expect(round(null)).toBeNull();
  });

  it('keeps the first line of an error, without Playwright’s call log', () => {
    expect(message(new Error('Timeout 30000ms exceeded.\nCall log:\n  - waiting'))).toBe(
      'Timeout 30000ms exceeded.',
    );
    expect(message('plain')).toBe('plain');
  });
});
