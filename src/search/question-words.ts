/**
 * The words an organisation's duties use, for the question box: to correct a misspelt question
 * word to the closest word the duties use, and, when nothing answers, to suggest close words and
 * function chips worth trying.
 */
import { DUTY_FUNCTIONS } from './functions.ts';
import { formsOf, type Word } from './words.ts';

/**
 * Each stem the duties and unit names use, with its commonest spelling, how often it occurs and
 * in how many texts (duties and names).
 */
export type Vocabulary = ReadonlyMap<
  string,
  { readonly word: string; readonly count: number; readonly texts: number }
>;

/** Collects a vocabulary word by word; `done` picks each stem's commonest spelling. */
export function vocabularyBuilder(isStop: (word: string, stem: string) => boolean) {
  const spellings = new Map<string, Map<string, number>>();
  const texts = new Map<string, number>();
  return {
    /** Adds the words of one text. */
    add(words: readonly Word[]) {
      const seen = new Set<string>();
      for (const word of words) {
        if (isStop(word.text, word.stem)) continue;
        for (const { text, stem } of formsOf(word)) {
          if (!seen.has(stem)) {
            seen.add(stem);
            texts.set(stem, (texts.get(stem) ?? 0) + 1);
          }
          const forms = spellings.get(stem) ?? new Map<string, number>();
          forms.set(text, (forms.get(text) ?? 0) + 1);
          spellings.set(stem, forms);
        }
      }
    },
    done(): Vocabulary {
      const vocabulary = new Map<string, { word: string; count: number; texts: number }>();
      for (const [stem, forms] of spellings) {
        let word = '';
        let best = 0;
        let count = 0;
        for (const [form, n] of forms) {
          count += n;
          if (n > best || (n === best && form < word)) {
            word = form;
            best = n;
          }
        }
        vocabulary.set(stem, { word, count, texts: texts.get(stem) ?? 0 });
      }
      return vocabulary;
    },
  };
}

/**
 * Edit distance (insert, delete, substitute, swap two neighbours) between `a` and `b`, or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The vocabulary's stems closest to `stem`, closest first, then commonest. `strict` is for
 * correcting a typo (one edit from six letters, two from nine); otherwise, for suggestions,
 * two edits or a shared beginning of five letters also count.
 */
export function closeWords(
  vocabulary: Vocabulary,
  stem: string,
  { strict, limit }: { strict: boolean; limit: number },
): { stem: string; word: string }[] {
  // A short word one letter off is as likely another word as a typo ("read" and "lead").
  if (stem.length < (strict ? 6 : 3) || vocabulary.has(stem)) return [];
  const allowed = strict ? (stem.length >= 9 ? 2 : 1) : stem.length >= 4 ? 2 : 1;
  const prefix = Math.min(5, stem.length);
  const found: { stem: string; word: string; distance: number; count: number }[] = [];
  for (const [candidate, { word, count }] of vocabulary) {
    if (candidate.length < 3) continue;
    let distance = editDistance(stem, candidate, allowed);
    if (distance > allowed && !strict && candidate.startsWith(stem.slice(0, prefix))) {
      distance = allowed + 1;
    } else if (distance > allowed) continue;
    found.push({ stem: candidate, word, distance, count });
  }
  found.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : 1));
  return found.slice(0, limit).map(({ stem: s, word }) => ({ stem: s, word }));
}

const presentCache = new WeakMap<Vocabulary, string[]>();

/** Ids of the functions whose terms the vocabulary uses at all (a chip that would find something). */
function presentFunctions(vocabulary: Vocabulary): string[] {
  let present = presentCache.get(vocabulary);
  if (!present) {
    const words = [...vocabulary.values()].map((v) => v.word);
    present = DUTY_FUNCTIONS.filter((tag) =>
      tag.terms.some((term) => {
        const first = term.split(' ')[0]!;
        return words.some((word) => word.startsWith(first));
      }),
    ).map((tag) => tag.id);
    presentCache.set(vocabulary, present);
  }
  return present;
}

/**
 * Function chips to suggest when a question finds nothing: those whose terms share a beginning
 * with a word of the question (or its thesaurus words), else every function the duties use.
 */
export function suggestFunctions(
  vocabulary: Vocabulary,
  concepts: readonly { readonly terms: readonly { readonly stem: string }[] }[],
): string[] {
  const present = presentFunctions(vocabulary);
  const stems = concepts.flatMap((c) => c.terms.map((t) => t.stem)).filter((s) => s.length >= 4);
  const related = DUTY_FUNCTIONS.filter((tag) =>
    tag.terms.some((term) =>
      term
        .split(' ')
        .filter((w) => w.length >= 4)
        .some((w) => stems.some((s) => w.startsWith(s) || s.startsWith(w))),
    ),
  )
    .map((tag) => tag.id)
    .filter((id) => present.includes(id));
  return related.length > 0 ? related : present;
}
