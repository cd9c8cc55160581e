import { describe, expect, it } from 'vitest';
import { foldText, isCjk, isWordStart, prepareText, toOriginal } from './normalize.ts';

describe('prepareText', () => {
  it('folds plain English (curly quotes included) one-to-one, without an offset map', () => {
    const prepared = prepareText('The Center’s “Risk” Plan');
    expect(prepared.folded).toBe('the center\'s "risk" plan');
    expect(prepared.starts).toBeNull();
    expect(toOriginal(prepared, 4, 10)).toEqual({ start: 4, end: 10 });
  });

  it('maps every folded unit back to the characters it came from', () => {
    const text = 'İ ﬁ\t\n Ｘ e\u0301';
    const prepared = prepareText(text);
    expect(prepared.folded).toBe('i\u0307 fi x é');
    expect(prepared.folded.length).toBe(prepared.starts!.length);
    // "i̇" (2 units) ← "İ"; "fi" ← "ﬁ"; one space ← "\t\n "; "é" ← "e" + U+0301.
    expect(toOriginal(prepared, 0, 2)).toEqual({ start: 0, end: 1 });
    expect(toOriginal(prepared, 3, 4)).toEqual({ start: 2, end: 3 });
    expect(toOriginal(prepared, 5, 6)).toEqual({ start: 3, end: 6 });
    expect(toOriginal(prepared, 8, 9)).toEqual({ start: 8, end: 10 });
    expect(text.slice(8, 10)).toBe('e\u0301');
  });

  it('folds strings the same way for queries', () => {
    expect(foldText('ＡＵＤＩＴ  Plans')).toBe('audit plans');
    expect(foldText('')).toBe('');
  });
});

describe('word starts', () => {
  it('start after non-letters, never inside a word', () => {
    const text = 'risk-based asterisk (risk) 12329x';
    expect(isWordStart(text, 0)).toBe(true);
    expect(isWordStart(text, 5)).toBe(true);
    expect(isWordStart(text, 13)).toBe(false);
    expect(isWordStart(text, 21)).toBe(true);
    expect(isWordStart(text, 32)).toBe(false);
  });

  it('treat every Chinese or Japanese character as a word of its own', () => {
    expect(isCjk('风'.codePointAt(0)!)).toBe(true);
    expect(isCjk('カ'.codePointAt(0)!)).toBe(true);
    expect(isCjk('a'.codePointAt(0)!)).toBe(false);
    expect(isWordStart('风险risk', 2)).toBe(true);
    expect(isWordStart('😀risk', 2)).toBe(true);
  });
});
