import { describe, expect, it } from 'vitest';
import { MAX_TOAST_MS, MIN_TOAST_MS, toastDuration } from './toast-timing.ts';

describe('toastDuration', () => {
  it('gives short messages the minimum and longer ones more time, up to a cap', () => {
    expect(toastDuration('Link copied.')).toBe(MIN_TOAST_MS);
    const long = toastDuration(
      'Link copied. Others who open it will see the Shanghai Provident Fund Management Center, not staff.json: your file stays on this device.',
    );
    expect(long).toBeGreaterThan(MIN_TOAST_MS);
    expect(toastDuration('word '.repeat(500))).toBe(MAX_TOAST_MS);
  });
});
