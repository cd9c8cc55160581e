/**
 * Answering "who handles…?": a plain question ranked against every duty of the open organisation
 * with MiniSearch (BM25+ per duty, the unit's name as a second, boosted field), the words of
 * `words.ts` (stems, stop words) and the thesaurus of `thesaurus.ts`. Returns the best few units,
 * each with the duties that answer and the offsets of the matched words, never HTML.
 *
 * Every term searched for is an exact stem (a question's own, one the thesaurus adds, or the
 * closest word of the index for a misspelt one), so each match can be traced back to the words of
 * the question that asked for it.
 */
import MiniSearch from 'minisearch';
import type { Range } from './normalize.ts';
import {
  MAX_DUTIES,
  MAX_QUESTION_LENGTH,
  MAX_UNITS,
  type MatchedWord,
  type NoAnswerReason,
  type QuestionAnswer,
  type QuestionConcept,
  type QuestionTerm,
  type QuestionUnit,
  type UnitAnswer,
} from './question-types.ts';
import {
  closeWords,
  suggestFunctions,
  vocabularyBuilder,
  type Vocabulary,
} from './question-words.ts';
import { MAX_KEY_LENGTH, NEGATIONS, NOT, THESAURUS, thesaurusByKey } from './thesaurus.ts';
import { STOP_WORDS, formsOf, wordsOf, type Word } from './words.ts';

export * from './question-types.ts';

/** A thesaurus word counts a little less than the question's own word: it is a guess. */
const THESAURUS_WEIGHT = 0.7;
/**
 * A phrase ("not paid", "bad debts") says precisely what is meant, so what it stands for counts
 * as much as the question's own words.
 */
const THESAURUS_PHRASE_WEIGHT = 1;
/** The question's own words inside a thesaurus phrase ("not *paid*"): the phrase says more. */
const PHRASE_WORD_WEIGHT = 0.5;
/** A correction of a misspelt word is a bigger guess still. */
const TYPO_WEIGHT = 0.6;
/** A unit's name says what it is for in a few words: a match there weighs more than in a duty. */
const NAME_BOOST = 1.5;
/** Each further duty of a unit adds this fraction of the previous one's share (see `unitScore`). */
const DUTY_DECAY = 0.5;
/** Duties scoring under this share of the best duty are not considered (see `askQuestion`). */
const MIN_DUTY_SHARE = 0.05;
/** At most this many of the best duties are considered. */
const MAX_CONSIDERED = 3_000;
/** A word in more than this share of an organisation's texts says little about who does what. */
const COMMON_SHARE = 0.3;
/** How much covering more of the question counts (see `unitScore`). */
const COVERAGE_POWER = 2;
/** Units scoring under this fraction of the best are not worth showing beside it. */
const MIN_RELATIVE_SCORE = 0.2;

const isStop = (word: string, stem: string) => STOP_WORDS.has(word) || STOP_WORDS.has(stem);
const THESAURUS_KEYS = thesaurusByKey(THESAURUS, isStop);

/** The searchable index of an organisation's duties, built once per organisation. */
export interface QuestionIndex {
  readonly units: readonly QuestionUnit[];
  readonly vocabulary: Vocabulary;
  /** `docs[id]` is the duty behind MiniSearch document `id`. */
  readonly docs: readonly { readonly unit: number; readonly duty: number }[];
  readonly search: MiniSearch<IndexedDoc>;
  /** How many texts (unit names and duties) the vocabulary was counted over. */
  readonly textCount: number;
}

interface IndexedDoc {
  id: number;
  /** Stems joined by spaces: tokenised once here, so MiniSearch only splits. */
  text: string;
  name: string;
}

/** The meaningful stems of a text's words, the way both duties and questions are read. */
function stemsOf(words: readonly Word[]): string {
  const stems: string[] = [];
  for (const word of words)
    if (!isStop(word.text, word.stem)) for (const form of formsOf(word)) stems.push(form.stem);
  return stems.join(' ');
}

/** Indexes every duty of `units`. Linear in the text; run it in a worker for large organisations. */
export function buildQuestionIndex(units: readonly QuestionUnit[]): QuestionIndex {
  const search = new MiniSearch<IndexedDoc>({
    fields: ['text', 'name'],
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term },
  });
  const docs: { unit: number; duty: number }[] = [];
  const batch: IndexedDoc[] = [];
  const vocabulary = vocabularyBuilder(isStop);
  units.forEach((unit, u) => {
    const nameWords = wordsOf(unit.name);
    vocabulary.add(nameWords);
    const name = stemsOf(nameWords);
    unit.duties.forEach((duty, d) => {
      const words = wordsOf(duty.text);
      vocabulary.add(words);
      batch.push({ id: docs.length, text: stemsOf(words), name });
      docs.push({ unit: u, duty: d });
    });
  });
  search.addAll(batch);
  return {
    units,
    docs,
    search,
    vocabulary: vocabulary.done(),
    textCount: units.length + docs.length,
  };
}

/**
 * Reads a question into what it asks about: thesaurus phrases first (matched word for word, stop
 * words included, any negation standing for "not"), then each remaining meaningful word.
 */
export function conceptsOf(question: string, vocabulary?: Vocabulary): QuestionConcept[] {
  const tokens: { key: string; stop: boolean; start: number; end: number }[] = [];
  for (const word of wordsOf(question.slice(0, MAX_QUESTION_LENGTH))) {
    const raw = question.slice(word.start, word.end);
    // "IT" in capitals is information technology, not the pronoun.
    const key = raw === 'IT' ? 'ict' : NEGATIONS.has(word.text) ? NOT : word.stem;
    const stop = key === NOT || (key !== 'ict' && isStop(word.text, word.stem));
    tokens.push({ key, stop, start: word.start, end: word.end });
  }
  const concepts: QuestionConcept[] = [];
  const seen = new Set<string>();
  const add = (slice: typeof tokens, phrase: boolean) => {
    const key = slice.map((t) => t.key).join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    const own: QuestionTerm[] = slice
      .filter((t) => !t.stop)
      .map((t) => ({ stem: t.key, weight: phrase ? PHRASE_WORD_WEIGHT : 1, via: null }));
    const added = (THESAURUS_KEYS.get(key)?.means ?? []).map((m) => ({
      stem: m.stem,
      weight: phrase ? THESAURUS_PHRASE_WEIGHT : THESAURUS_WEIGHT,
      via: m.word,
    }));
    const terms = dedupeTerms([...own, ...added]);
    const first = slice[0]!;
    const last = slice[slice.length - 1]!;
    concepts.push({
      text: question.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      terms: vocabulary ? withCorrections(terms, vocabulary) : terms,
    });
  };
  // Where each meaningful token (or negation) is, to find phrases across stop words too.
  const meaningful = tokens.flatMap((t, i) => (!t.stop || t.key === NOT ? [i] : []));
  const phraseAt = (positions: readonly number[]): number => {
    for (let length = Math.min(MAX_KEY_LENGTH, positions.length); length >= 2; length--) {
      const key = positions
        .slice(0, length)
        .map((p) => tokens[p]!.key)
        .join(' ');
      if (THESAURUS_KEYS.has(key)) return length;
    }
    return 0;
  };
  let i = 0;
  while (i < tokens.length) {
    // Word for word first ("take out"), then across stop words ("protects the data").
    const exact = phraseAt(tokens.map((_, p) => p).slice(i, i + MAX_KEY_LENGTH));
    if (exact > 0) {
      add(tokens.slice(i, i + exact), true);
      i += exact;
      continue;
    }
    const token = tokens[i]!;
    if (!token.stop || token.key === NOT) {
      const from = meaningful.indexOf(i);
      const positions = meaningful.slice(from, from + MAX_KEY_LENGTH);
      const across = phraseAt(positions);
      if (across > 0) {
        add(
          positions.slice(0, across).map((p) => tokens[p]!),
          true,
        );
        i = positions[across - 1]! + 1;
        continue;
      }
    }
    if (!token.stop) add([token], false);
    i++;
  }
  return concepts;
}

/** One term per stem, the strongest reading kept (the question's own word beats a synonym). */
function dedupeTerms(terms: readonly QuestionTerm[]): QuestionTerm[] {
  const byStem = new Map<string, QuestionTerm>();
  for (const term of terms) {
    const known = byStem.get(term.stem);
    if (!known || term.weight > known.weight) byStem.set(term.stem, term);
  }
  return [...byStem.values()];
}

/** When none of a concept's terms is in the index, its closest index words stand in for it. */
function withCorrections(terms: QuestionTerm[], vocabulary: Vocabulary): QuestionTerm[] {
  if (terms.some((t) => vocabulary.has(t.stem))) return terms;
  const corrections: QuestionTerm[] = [];
  for (const term of terms) {
    if (term.via !== null) continue;
    for (const close of closeWords(vocabulary, term.stem, { strict: true, limit: 2 })) {
      corrections.push({ stem: close.stem, weight: TYPO_WEIGHT, via: close.word });
    }
  }
  return dedupeTerms([...terms, ...corrections]);
}

/** Ranks the units of `index` for `question`. Deterministic: ties keep the organisation's order. */
export function askQuestion(index: QuestionIndex, question: string): QuestionAnswer {
  const trimmed = question.trim();
  const empty = (reason: NoAnswerReason, concepts: QuestionConcept[] = []): QuestionAnswer => ({
    question: trimmed,
    concepts,
    units: [],
    reason,
    closeWords: suggestions(index.vocabulary, concepts),
    functions: suggestFunctions(index.vocabulary, concepts),
  });
  if (trimmed === '') return empty('empty');
  const concepts = conceptsOf(trimmed, index.vocabulary);
  if (concepts.length === 0) return empty('no-words');

  // Each stem once, with its strongest weight and the concepts that asked for it.
  const weightOf = new Map<string, number>();
  const conceptsOfStem = new Map<string, Set<number>>();
  concepts.forEach((concept, c) => {
    for (const term of concept.terms) {
      weightOf.set(term.stem, Math.max(weightOf.get(term.stem) ?? 0, term.weight));
      const set = conceptsOfStem.get(term.stem) ?? new Set<number>();
      set.add(c);
      conceptsOfStem.set(term.stem, set);
    }
  });
  // Words in a large share of all texts ("fund" in a fund's duties) say little about who does
  // what, yet searching duties for them costs a pass over most of them: when the question has
  // anything more specific, they are looked for only in unit names, where "Fund Planning" still
  // says something.
  const common = (stem: string) =>
    (index.vocabulary.get(stem)?.texts ?? 0) > index.textCount * COMMON_SHARE;
  const asked = [...weightOf.keys()];
  const specific = asked.filter((stem) => index.vocabulary.has(stem) && !common(stem));
  const general = asked.filter((stem) => common(stem));
  const options = {
    boost: { name: NAME_BOOST },
    boostTerm: (term: string) => weightOf.get(term) ?? 1,
    combineWith: 'OR' as const,
  };
  const results =
    specific.length === 0
      ? index.search.search(asked.join(' '), options)
      : index.search.search(
          {
            combineWith: 'OR',
            queries: [
              specific.join(' '),
              ...(general.length > 0 ? [{ queries: [general.join(' ')], fields: ['name'] }] : []),
            ],
          },
          options,
        );
  if (results.length === 0) return empty('no-match', concepts);
  // A unit scores at most twice its best duty (see `unitScore`), so duties far below the best
  // cannot lift a unit into the few shown; leaving them out keeps a common word in a large
  // organisation from costing a pass over tens of thousands of duties.
  const floor = results[0]!.score * MIN_DUTY_SHARE;
  const considered = results.slice(0, MAX_CONSIDERED).filter((r) => r.score >= floor);

  interface Hit {
    duty: number;
    score: number;
    textStems: string[];
    nameStems: string[];
  }
  const hitsByUnit = new Map<number, Hit[]>();
  const matchedConcepts = new Set<number>();
  for (const result of considered) {
    const doc = index.docs[result.id as number]!;
    const textStems: string[] = [];
    const nameStems: string[] = [];
    for (const [stem, fields] of Object.entries(result.match)) {
      if (fields.includes('text')) textStems.push(stem);
      if (fields.includes('name')) nameStems.push(stem);
      for (const c of conceptsOfStem.get(stem) ?? []) matchedConcepts.add(c);
    }
    const hits = hitsByUnit.get(doc.unit) ?? [];
    hits.push({ duty: doc.duty, score: result.score, textStems, nameStems });
    hitsByUnit.set(doc.unit, hits);
  }

  const scored = [...hitsByUnit].map(([unit, hits]) => {
    hits.sort((a, b) => b.score - a.score || a.duty - b.duty);
    const covered = new Set<number>();
    for (const hit of hits) {
      for (const stem of [...hit.textStems, ...hit.nameStems]) {
        for (const c of conceptsOfStem.get(stem) ?? []) covered.add(c);
      }
    }
    return { unit, hits, covered, score: unitScore(hits, covered.size, matchedConcepts.size) };
  });
  scored.sort((a, b) => b.score - a.score || a.unit - b.unit);
  const best = scored[0]!.score;
  const shown = scored.filter((s) => s.score >= best * MIN_RELATIVE_SCORE).slice(0, MAX_UNITS);

  const wordsFor = (stems: Iterable<string>): MatchedWord[] => {
    const words = new Map<string, MatchedWord>();
    for (const stem of stems) {
      for (const c of conceptsOfStem.get(stem) ?? []) {
        const concept = concepts[c]!;
        const term = concept.terms.find((t) => t.stem === stem)!;
        const key = `${concept.text}\u0000${term.via ?? ''}`;
        if (!words.has(key)) words.set(key, { word: concept.text, via: term.via });
      }
    }
    return [...words.values()];
  };

  const units = shown.map(({ unit, hits, score }): UnitAnswer => {
    const source = index.units[unit]!;
    const answering = hits.filter((h) => h.textStems.length > 0);
    // (A duty that matched only common words is not an answer; see `specific`.)
    const nameStems = new Set(hits.flatMap((h) => h.nameStems));
    return {
      id: source.id,
      name: source.name,
      nameRanges: rangesOf(source.name, nameStems),
      score,
      duties: answering.slice(0, MAX_DUTIES).map((hit) => {
        const duty = source.duties[hit.duty]!;
        return {
          index: hit.duty,
          number: duty.number,
          text: duty.text,
          ranges: rangesOf(duty.text, new Set(hit.textStems)),
          words: wordsFor(hit.textStems),
        };
      }),
      moreDuties: Math.max(0, answering.length - MAX_DUTIES),
      words: wordsFor(new Set([...nameStems, ...answering.flatMap((h) => h.textStems)])),
    };
  });
  return { question: trimmed, concepts, units, reason: null, closeWords: [], functions: [] };
}

/**
 * A unit's score from its duties' scores, best first: the best duty counts fully, each further one
 * half as much as the one before (s1 + s2/2 + s3/4…). A unit answers a question through its best
 * duty; several duties on the subject make it more likely the right office, but twenty weak
 * mentions of "fund" must not outweigh one duty that says exactly what was asked. The sum is then
 * scaled by the share of the question's concepts the unit covers, so the office that handles both
 * "employer" and "not paid" beats one that only mentions payments.
 */
function unitScore(hits: readonly { score: number }[], covered: number, asked: number): number {
  let total = 0;
  let share = 1;
  for (const hit of hits) {
    total += hit.score * share;
    share *= DUTY_DECAY;
    if (share < 0.01) break;
  }
  return total * (asked === 0 ? 1 : (covered / asked) ** COVERAGE_POWER);
}

/** Offsets of the words of `text` whose stems are in `stems`. */
function rangesOf(text: string, stems: ReadonlySet<string>): Range[] {
  if (stems.size === 0) return [];
  const ranges: Range[] = [];
  for (const word of wordsOf(text)) {
    if (!isStop(word.text, word.stem) && formsOf(word).some((form) => stems.has(form.stem))) {
      ranges.push({ start: word.start, end: word.end });
    }
  }
  return ranges;
}

/** Close index words for the question's own words, for the "no result" message. */
function suggestions(vocabulary: Vocabulary, concepts: readonly QuestionConcept[]): string[] {
  const words: string[] = [];
  for (const concept of concepts) {
    for (const term of concept.terms) {
      if (term.via !== null) continue;
      for (const close of closeWords(vocabulary, term.stem, { strict: false, limit: 4 })) {
        if (!words.includes(close.word)) words.push(close.word);
      }
    }
  }
  return words.slice(0, 8);
}
