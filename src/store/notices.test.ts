import { describe, expect, it } from 'vitest';
import { MAX_NOTICES, mergeNotices } from './notices.ts';

describe('mergeNotices', () => {
  it('adds new messages in order, each counted once', () => {
    expect(mergeNotices([], ['a', 'b'])).toEqual([
      { text: 'a', count: 1 },
      { text: 'b', count: 1 },
    ]);
  });

  it('counts a repeated message instead of showing it again, in its place', () => {
    let notices = mergeNotices([], ['a', 'b']);
    for (let i = 0; i < 75; i++) notices = mergeNotices(notices, ['a']);
    expect(notices).toEqual([
      { text: 'a', count: 76 },
      { text: 'b', count: 1 },
    ]);
  });

  it('merges repeats within one batch too', () => {
    expect(mergeNotices([], ['a', 'a', 'a'])).toEqual([{ text: 'a', count: 3 }]);
  });

  it('keeps only the newest distinct messages', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `notice ${i}`);
    const notices = mergeNotices([], texts);
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices.map((n) => n.text)).toEqual(texts.slice(-MAX_NOTICES));
    expect(mergeNotices(notices, ['later'], 3).map((n) => n.text)).toEqual([
      texts.at(-2),
      texts.at(-1),
      'later',
    ]);
  });

  it('leaves the list it was given untouched, and returns it when there is nothing to add', () => {
    const existing = [{ text: 'a', count: 1 }];
    const merged = mergeNotices(existing, ['a']);
    expect(existing).toEqual([{ text: 'a', count: 1 }]);
    expect(merged).toEqual([{ text: 'a', count: 2 }]);
    expect(mergeNotices(existing, [])).toBe(existing);
  });
});
