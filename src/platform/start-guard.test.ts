// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { markFailed, markRunningFine, markShowing, storedFileThatFailed } from './start-guard.ts';

describe('start guard', () => {
  beforeEach(() => localStorage.clear());

  it('lets a stored file that ran fine open again', () => {
    markShowing('council.json');
    markRunningFine();
    expect(storedFileThatFailed()).toBeNull();
  });

  it('names a stored file whose start never ran fine (a crash or a hang)', () => {
    markShowing('council.json');
    expect(storedFileThatFailed()).toBe('council.json');
  });

  it('names a stored file the chart failed on, even after it first ran fine', () => {
    markShowing('council.json');
    markRunningFine();
    markFailed();
    expect(storedFileThatFailed()).toBe('council.json');
  });

  it('guards nothing for the default organisation, or with a damaged record', () => {
    markShowing(null);
    markFailed();
    expect(storedFileThatFailed()).toBeNull();
    localStorage.setItem('orgscope.start', '{not json');
    expect(storedFileThatFailed()).toBeNull();
  });
});
