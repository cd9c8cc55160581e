/**
 * Folding text for matching without losing track of where each folded character came from, so a
 * match in the folded text can be reported as offsets into the text the user actually sees.
 */

/** A half-open span of UTF-16 offsets, `text.slice(start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** Text folded for matching, with a map from each folded UTF-16 unit back to the original. */
export interface PreparedText {
  readonly source: string;
  /** Lowercased, NFKC, curly quotes made straight, whitespace runs collapsed to one space. */
  readonly folded: string;
  /** Original start / end offset of the character behind each folded unit; null when identical. */
  readonly starts: Uint32Array | null;
  readonly ends: Uint32Array | null;
}

const QUOTES = new Map([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201a', "'"],
  ['\u201b', "'"],
  ['\u02bc', "'"],
  ['\u2032', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
  ['\u2033', '"'],
]);
const QUOTE_CHARS = new RegExp(`[${[...QUOTES.keys()].join('')}]`, 'g');
// Printable ASCII and curly quotes, without double spaces, fold one unit to one unit (case and
// quote style aside), so such text (nearly all English text) needs no offset map.
const ONE_TO_ONE = new RegExp(`^[\\x20-\\x7e${[...QUOTES.keys()].join('')}]*$`);
const WHITESPACE = /\s/u;
const MARK = /\p{M}/u;

const codeUnits = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);
const straightenQuotes = (text: string) => text.replace(QUOTE_CHARS, (q) => QUOTES.get(q) ?? q);
// Combining marks start at U+0300, so a character below that cannot begin a run of them.
const FIRST_MARK = 0x300;

/** Folds text for matching and records, per folded unit, which original characters it stands for. */
export function prepareText(text: string): PreparedText {
  if (ONE_TO_ONE.test(text) && !text.includes('  ')) {
    return { source: text, folded: straightenQuotes(text.toLowerCase()), starts: null, ends: null };
  }
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (out: string, start: number, end: number) => {
    folded += out;
    for (let k = 0; k < out.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  };
  let i = 0;
  while (i < text.length) {
    const first = text.codePointAt(i)!;
    let j = i + codeUnits(first);
    if (first > 0x20 && first < 0x7f && !(text.charCodeAt(j) >= FIRST_MARK)) {
      emit(text[i]!.toLowerCase(), i, j);
      i = j;
      continue;
    }
    if (WHITESPACE.test(String.fromCodePoint(first))) {
      while (j < text.length && WHITESPACE.test(text[j]!)) j++;
      emit(' ', i, j);
      i = j;
      continue;
    }
    // A base character and its combining marks fold together, so "e" + U+0301 and "é" agree.
    while (j < text.length) {
      const next = text.codePointAt(j)!;
      if (!MARK.test(String.fromCodePoint(next))) break;
      j += codeUnits(next);
    }
    const cluster = text.slice(i, j);
    emit(straightenQuotes(cluster.normalize('NFKC').toLowerCase()), i, j);
    i = j;
  }
  return { source: text, folded, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** Folds a string the same way as {@link prepareText}, without the offset map. */
export function foldText(text: string): string {
  return prepareText(text).folded;
}

/** Maps a span of folded units back to offsets in the original text. */
export function toOriginal(text: PreparedText, start: number, end: number): Range {
  if (!text.starts || !text.ends) return { start, end };
  return { start: text.starts[start] ?? text.source.length, end: text.ends[end - 1] ?? start };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Scripts written without spaces between words: every character may begin a word.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;

const isAsciiWordChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Whether a code point is part of a word (letter, digit or combining mark, any script). */
export function isWordChar(codePoint: number): boolean {
  if (codePoint < 0x80) return isAsciiWordChar(codePoint);
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** Whether a code point belongs to a script written without spaces (Chinese, Japanese). */
export function isCjk(codePoint: number): boolean {
  return codePoint >= 0x2e80 && CJK.test(String.fromCodePoint(codePoint));
}

function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)!;
  }
  return low;
}

/** Whether a word can start at `index`: at the start, after a non-word character, or after CJK. */
export function isWordStart(text: string, index: number): boolean {
  if (index <= 0) return true;
  const before = codePointBefore(text, index);
  return !isWordChar(before) || isCjk(before);
}
