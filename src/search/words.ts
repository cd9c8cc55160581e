/**
 * Words for ranking and comparing duties: where each word is in the text, its stem, and whether it
 * is a word that carries no meaning on its own. The literal filter (`match.ts`) does not use this:
 * it matches word starts exactly as typed. Questions and similar duties do, so "approves",
 * "approval" and "approving" count as one word.
 */
import { stemmer } from 'stemmer';

/** One word of a text, with its offsets into that text. */
export interface Word {
  /** The word as written, lowercased (NFKC, straight apostrophes). */
  readonly text: string;
  /** Its English stem (Porter), the same for "loans" and "loan". */
  readonly stem: string;
  /** Half-open UTF-16 offsets of the word in the original text. */
  readonly start: number;
  readonly end: number;
}

/**
 * General English words that say nothing about which unit does what, plus the words almost every
 * duty of a public body starts with ("responsible for", "organise", "implement"). Kept small and
 * general, so the list works for any organisation.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could did do does doing done for from had has have ' +
    'having he her here hers him his how i if in into is it its itself me my of off on once only or ' +
    'other our ours out over own same she should so some such than that the their theirs them then ' +
    'there these they this those through to too under until up very was we were what when where ' +
    'which while who whom whose why will with would you your yours ' +
    // Question words and filler of plain questions.
    'who whom which what where handles handle handling deal deals dealing look looks ' +
    'please want need one someone anybody anyone office offices unit units department ' +
    'division divisions centre center my me i against about get got also just like responsible'
  ).split(/\s+/),
);

// Letters and digits, with apostrophes and hyphens inside a word ("employer's", "co-ordinate").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HAN = /\p{Script=Han}/u;

// Stemming is most of the cost of reading a large organisation's words, and its vocabulary is
// small next to its word count: each word is stemmed once. Capped, so odd input cannot grow it.
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 100_000;

/** The stem of one lowercased word: Porter for Latin letters, the word itself otherwise. */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    const plain = word.replace(/['’]s$/u, '').replace(/['’]/gu, "'");
    stem = /^[a-z]+$/.test(plain) ? stemmer(plain) : plain;
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/**
 * Every word of `text`, in order, with its stem and offsets. Han characters count one word each,
 * as Chinese is written without spaces. Iterative, linear in the text's length.
 */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    const raw = found[0];
    if (HAN.test(raw)) {
      let offset = start;
      for (const char of raw) {
        const lower = char.normalize('NFKC').toLowerCase();
        words.push({ text: lower, stem: stemOf(lower), start: offset, end: offset + char.length });
        offset += char.length;
      }
      continue;
    }
    const lower = raw.normalize('NFKC').toLowerCase().replace(/’/gu, "'");
    words.push({ text: lower, stem: stemOf(lower), start, end: start + raw.length });
  }
  return words;
}

/** The stems of the words of `text` that carry meaning (stop words left out), in order. */
export function meaningfulStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of wordsOf(text)) {
    if (!STOP_WORDS.has(word.text) && !STOP_WORDS.has(word.stem)) stems.push(word.stem);
  }
  return stems;
}

/**
 * The forms a word can be found by: itself, and for a hyphenated word also each part
 * ("anti-corruption" is found by "corruption", "non-performing" by "performing").
 */
export function formsOf(word: Word): { readonly text: string; readonly stem: string }[] {
  const forms = [{ text: word.text, stem: word.stem }];
  if (!word.text.includes('-')) return forms;
  for (const part of word.text.split('-')) {
    if (part.length < 2 || STOP_WORDS.has(part)) continue;
    const stem = stemOf(part);
    if (!STOP_WORDS.has(stem) && !forms.some((f) => f.stem === stem))
      forms.push({ text: part, stem });
  }
  return forms;
}
