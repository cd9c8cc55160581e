/**
 * The filter's index of a whole organisation, built in the reading worker: every duty's folded
 * text in one string, and each duty's functions as bits. Counting what a filter matches over
 * 500,000 duties then takes a few scans of one string instead of 500,000 separate searches.
 *
 * The answers are exactly those of `matchOrganization` (the same folding, word starts and
 * function terms); only counts come back, and the page works out the highlighted ranges of the
 * few units it shows.
 */
import type { Office, Organization } from '../model/organization.ts';
import { DUTY_FUNCTIONS, type DutyFunction } from './functions.ts';
import { parseQuery, termsOf, type FunctionMode, type QueryTerm } from './match.ts';
import { foldText, isCjk, isWordChar, isWordStart } from './normalize.ts';
import type { FunctionReach } from './function-counts.ts';

/** Between two duties' folded texts: folding turns every whitespace into a space, never this. */
const SEPARATOR = '\n';
/**
 * Printable ASCII and the separator: text that folds one character to one, by lowercasing alone
 * (curly quotes, double spaces and other whitespace take the general path).
 */
const PLAIN = /^[\x20-\x7e\n]*$/;

export interface DutyIndex {
  readonly tags: readonly DutyFunction[];
  /** Units in depth-first source order; `parents[i]` is the position of unit i's parent (-1 for the root). */
  readonly parents: Int32Array;
  /** Unit i's duties are duties `dutyStarts[i]` to `dutyStarts[i + 1]` (exclusive). */
  readonly dutyStarts: Int32Array;
  /** Every duty's folded text, in order, each followed by {@link SEPARATOR}. */
  readonly folded: string;
  /** Where duty d's text starts in `folded`; one more entry marks the end. */
  readonly textStarts: Int32Array;
  /** Bit t set when duty d belongs to `tags[t]`, once `tags[t]` is indexed. */
  readonly functionBits: Uint32Array;
  /** Which functions are indexed yet: they take longest, so they follow the text. */
  readonly functionsIndexed: boolean[];
  /**
   * Where the words start in `folded`, grouped by their first UTF-16 unit, each list ascending:
   * a term that must start a word is then looked for only where a word starting with its first
   * letter does. Null until {@link indexWordStarts} has run (terms are then found by scanning).
   */
  wordStarts: Map<number, Int32Array> | null;
}

/** What a filter matches, unit by unit in depth-first order. */
export interface FilterCounts {
  /** Matching duties per unit. */
  matched: Int32Array;
  /** Matching duties per unit's whole branch (the unit and everything below it). */
  branch: Int32Array;
  /** Positions of the units with at least one matching duty, in order. */
  matchedUnits: Int32Array;
  matchedDuties: number;
  totalDuties: number;
  /**
   * What each function chip would match together with the query, by function id; null until
   * every function is indexed.
   */
  reach: [string, FunctionReach][] | null;
}

/** How far building has got, from 0 to 1, for a progress bar. */
export type IndexProgress = (fraction: number) => void;

/**
 * Builds the index of the duties' text; `progress` hears how far it has got. Functions are
 * indexed afterwards, one at a time ({@link indexFunction}), so the chart need not wait for them.
 */
export function buildDutyIndex(
  organization: Organization,
  progress: IndexProgress = () => {},
  tags: readonly DutyFunction[] = DUTY_FUNCTIONS,
): DutyIndex {
  if (tags.length > 32) throw new Error('The duty index holds at most 32 functions.');
  const parentList: number[] = [];
  const dutyStartList: number[] = [];
  const texts: string[] = [];
  const stack: { office: Office; parent: number }[] = [{ office: organization.root, parent: -1 }];
  while (stack.length > 0) {
    const { office, parent } = stack.pop()!;
    const at = parentList.length;
    parentList.push(parent);
    dutyStartList.push(texts.length);
    for (const duty of office.duties) texts.push(duty.text);
    if (at % 10_000 === 0) progress(0.5 * (at / Math.max(1, at + stack.length)));
    for (let i = office.children.length - 1; i >= 0; i--) {
      stack.push({ office: office.children[i]!, parent: at });
    }
  }
  dutyStartList.push(texts.length);
  const textStarts = new Int32Array(texts.length + 1);
  let folded = texts.join(SEPARATOR) + SEPARATOR;
  if (PLAIN.test(folded) && !folded.includes('  ')) {
    // Plain ASCII (nearly all English text) folds character by character: one pass for all.
    folded = folded.toLowerCase();
    let length = 0;
    texts.forEach((text, d) => {
      textStarts[d] = length;
      length += text.length + 1;
    });
    textStarts[texts.length] = length;
  } else {
    const parts: string[] = [];
    let length = 0;
    texts.forEach((text, d) => {
      const part = foldText(text);
      textStarts[d] = length;
      parts.push(part);
      length += part.length + 1;
      if (d % 20_000 === 0) progress(0.5 + 0.5 * (d / texts.length));
    });
    textStarts[texts.length] = length;
    folded = parts.join(SEPARATOR) + SEPARATOR;
  }
  progress(1);
  return {
    tags,
    parents: Int32Array.from(parentList),
    dutyStarts: Int32Array.from(dutyStartList),
    folded,
    textStarts,
    functionBits: new Uint32Array(texts.length),
    functionsIndexed: tags.map(() => false),
    wordStarts: null,
  };
}

/** Characters per step of {@link wordStartSteps}: a few milliseconds of work each. */
const WORD_START_STEP = 1 << 21;

/** Whether each ASCII character is part of a word (letters and digits). */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0,
);

/**
 * Finds where every word starts (as `isWordStart` says, at a character a term may start with), a
 * step of {@link WORD_START_STEP} characters at a time, so the worker answers filters in between
 * (by scanning, until the lists are ready). A counting sort then groups the starts by first
 * character, each group in text order.
 */
export function* wordStartSteps(index: DutyIndex): Generator<void, void> {
  if (index.wordStarts) return;
  const { folded } = index;
  const found: FoundStarts = {
    counts: new Int32Array(0x10000),
    // Room for a word start in every five characters (English has about one in six): rarely grown.
    positions: new Int32Array(Math.max(16, Math.ceil(folded.length / 5))),
    length: 0,
    open: true,
  };
  for (let from = 0; from < folded.length; from += WORD_START_STEP) {
    // The loops live in plain functions, which the engine optimises better than a generator.
    findStarts(folded, from, Math.min(folded.length, from + WORD_START_STEP), found);
    if (from + WORD_START_STEP < folded.length) yield;
  }
  index.wordStarts = yield* groupStarts(folded, found);
}

/** Word starts found so far, and whether a word may start at the next character. */
interface FoundStarts {
  counts: Int32Array;
  positions: Int32Array;
  length: number;
  open: boolean;
}

function findStarts(folded: string, from: number, to: number, found: FoundStarts): void {
  const { counts } = found;
  let { positions, length, open } = found;
  for (let i = from; i < to; i++) {
    const at = i;
    const unit = folded.charCodeAt(i);
    let word: boolean;
    let cjk = false;
    if (unit < 0x80) {
      word = ASCII_WORD[unit] === 1;
    } else {
      const codePoint = unit >= 0xd800 && unit <= 0xdbff ? folded.codePointAt(i)! : unit;
      word = isWordChar(codePoint);
      cjk = word && codePoint >= 0x2e80 && isCjk(codePoint);
      if (codePoint > 0xffff) i++;
    }
    if (open && word && !cjk) {
      if (length === positions.length) {
        const grown = new Int32Array(positions.length * 2);
        grown.set(positions);
        positions = grown;
      }
      positions[length++] = at;
      counts[unit]!++;
    }
    open = !word || cjk;
  }
  found.positions = positions;
  found.length = length;
  found.open = open;
}

/** Word starts placed per step of {@link groupStarts}. */
const GROUP_STEP = 1 << 20;

/**
 * A counting sort of the starts by first character, a step of {@link GROUP_STEP} starts at a time:
 * each group keeps text order.
 */
function* groupStarts(
  folded: string,
  found: FoundStarts,
): Generator<void, Map<number, Int32Array>> {
  const { counts, positions, length } = found;
  const next = groupOffsets(counts);
  const sorted = new Int32Array(length);
  for (let from = 0; from < length; from += GROUP_STEP) {
    placeStarts(folded, positions, from, Math.min(length, from + GROUP_STEP), 0, next, sorted);
    if (from + GROUP_STEP < length) yield;
  }
  const lists = new Map<number, Int32Array>();
  for (let unit = 0; unit < 0x10000; unit++) {
    const count = counts[unit]!;
    if (count > 0) lists.set(unit, sorted.subarray(next[unit]! - count, next[unit]!));
  }
  return lists;
}

/** Where each UTF-16 unit's group starts in a counting sort, from how many each group holds. */
function groupOffsets(counts: Int32Array): Int32Array {
  const offsets = new Int32Array(0x10000);
  let total = 0;
  for (let unit = 0; unit < 0x10000; unit++) {
    offsets[unit] = total;
    total += counts[unit]!;
  }
  return offsets;
}

/**
 * Places `positions[from]` to `positions[to - 1]` in `sorted`, grouped by the character `offset`
 * after each (`next` holds where each group goes on); a position past the end of the text, whose
 * character is NaN, is left out.
 */
function placeStarts(
  folded: string,
  positions: Int32Array,
  from: number,
  to: number,
  offset: number,
  next: Int32Array,
  sorted: Int32Array,
): void {
  for (let k = from; k < to; k++) {
    const at = positions[k]!;
    const unit = folded.charCodeAt(at + offset);
    if (unit >= 0) sorted[next[unit]!++] = at;
  }
}

/** Finds where every word starts, all at once (see {@link wordStartSteps}). */
export function indexWordStarts(index: DutyIndex): void {
  const steps = wordStartSteps(index);
  while (!steps.next().done);
}

function indexTerm(index: DutyIndex, t: number, term: QueryTerm): void {
  const bit = 1 << t;
  const { duties, count } = dutiesHolding(index, term, scratchOf(index).term);
  for (let k = 0; k < count; k++) index.functionBits[duties[k]!]! |= bit;
}

/**
 * Per index: two lists of duties reused by every count, so typing allocates none, and where words
 * start with the terms typed lately, so the next keystroke's longer term looks only there.
 */
interface Scratch {
  term: Int32Array;
  hits: Int32Array;
  starts: Map<string, Int32Array>;
  cached: number;
}
const scratch = new WeakMap<DutyIndex, Scratch>();
/** How many word starts the terms typed lately may keep, at the most (4 bytes each). */
const CACHED_STARTS = 2_000_000;

function scratchOf(index: DutyIndex): Scratch {
  let lists = scratch.get(index);
  if (!lists) {
    const duties = index.functionBits.length;
    lists = {
      term: new Int32Array(duties),
      hits: new Int32Array(duties),
      starts: new Map(),
      cached: 0,
    };
    scratch.set(index, lists);
  }
  return lists;
}

/**
 * Where words start with `text` (at least one character), ascending, from the word-start lists:
 * those of its first letter, narrowed by the longest prefix of it looked for lately.
 */
function wordsStartingWith(
  index: DutyIndex,
  wordStarts: Map<number, Int32Array>,
  text: string,
): Int32Array | undefined {
  const first = wordStarts.get(text.charCodeAt(0));
  if (!first || text.length === 1) return first;
  const memory = scratchOf(index);
  const known = memory.starts.get(text);
  if (known) {
    memory.starts.delete(text);
    memory.starts.set(text, known);
    return known;
  }
  let base = first;
  let checked = 1;
  for (let n = text.length - 1; n >= 2; n--) {
    const prefix = memory.starts.get(text.slice(0, n));
    if (prefix) {
      base = prefix;
      checked = n;
      break;
    }
  }
  // Compared a character at a time: most starts differ at the first unchecked one, and this is
  // several times faster than startsWith on a string this long.
  const { folded } = index;
  const codes = Int32Array.from(text, (_, i) => text.charCodeAt(i));
  const length = text.length;
  const found = new Int32Array(base.length);
  let count = 0;
  for (let k = 0; k < base.length; k++) {
    const p = base[k]!;
    let j = checked;
    while (j < length && folded.charCodeAt(p + j) === codes[j]) j++;
    if (j === length) found[count++] = p;
  }
  const list = found.slice(0, count);
  remember(memory, text, list);
  return list;
}

/** Keeps where words start with `text`, forgetting the terms looked for longest ago if need be. */
function remember(memory: Scratch, text: string, list: Int32Array): void {
  memory.starts.set(text, list);
  memory.cached += list.length;
  for (const [oldest, dropped] of memory.starts) {
    if (memory.cached <= CACHED_STARTS) break;
    memory.starts.delete(oldest);
    memory.cached -= dropped.length;
  }
}

/**
 * Between keystrokes: groups where words start with the query's last term by the character after
 * it, so that whatever letter is typed next, its term's word starts are known already. One pass
 * over that term's starts (a counting sort, each group in text order).
 */
export function prepareNextLetter(index: DutyIndex, input: string): void {
  const term = parseQuery(input).terms.at(-1);
  if (!index.wordStarts || !term?.anchored) return;
  const base = wordsStartingWith(index, index.wordStarts, term.text);
  if (!base || base.length === 0) return;
  const { folded } = index;
  const offset = term.text.length;
  const counts = new Int32Array(0x10000);
  // Past the end of the text charCodeAt gives NaN, which no comparison keeps.
  for (let k = 0; k < base.length; k++) {
    const unit = folded.charCodeAt(base[k]! + offset);
    if (unit >= 0) counts[unit]!++;
  }
  const next = groupOffsets(counts);
  const sorted = new Int32Array(next[0xffff]! + counts[0xffff]!);
  placeStarts(folded, base, 0, base.length, offset, next, sorted);
  const memory = scratchOf(index);
  for (let unit = 0; unit < 0x10000; unit++) {
    const count = counts[unit]!;
    if (count === 0) continue;
    const text = term.text + String.fromCharCode(unit);
    if (!memory.starts.has(text))
      remember(memory, text, sorted.subarray(next[unit]! - count, next[unit]!));
  }
}

/**
 * The duty holding position `p` of the folded text, searching forward from `duty` (which starts
 * at or before `p`): a few steps that double, then halving, so sparse lists skip ahead quickly.
 */
function dutyAt(textStarts: Int32Array, duty: number, p: number): number {
  const last = textStarts.length - 1;
  let low = duty;
  let high = low + 1;
  let step = 1;
  while (high < last && textStarts[high]! <= p) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > last) high = last;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (textStarts[middle]! <= p) low = middle;
    else high = middle;
  }
  return low;
}

/** Indexes function `t` (a position in the index's functions), unless it already is. */
export function indexFunction(index: DutyIndex, t: number): void {
  if (index.functionsIndexed[t] !== false) return;
  for (const term of termsOf(index.tags[t]!)) indexTerm(index, t, term);
  index.functionsIndexed[t] = true;
}

/**
 * Indexes the functions not yet indexed one term at a time, yielding the fraction done after each,
 * so the worker can answer filters in between.
 */
export function* indexFunctionsStepwise(index: DutyIndex): Generator<number, void> {
  const total = index.tags.reduce((sum, tag) => sum + termsOf(tag).length, 0);
  let done = 0;
  // First where words start: every function term, and every later filter, is then found faster.
  const starting = wordStartSteps(index);
  while (!starting.next().done) yield 0;
  yield 0;
  for (let t = 0; t < index.tags.length; t++) {
    const terms = termsOf(index.tags[t]!);
    if (index.functionsIndexed[t] === false) {
      for (const term of terms) {
        // A filter may have indexed this function in the meantime.
        if (index.functionsIndexed[t] !== false) break;
        indexTerm(index, t, term);
        yield (done += 1) / total;
      }
      index.functionsIndexed[t] = true;
    }
    done = index.tags.slice(0, t + 1).reduce((sum, tag) => sum + termsOf(tag).length, 0);
  }
}

/** Indexes every function not yet indexed (tests, and filters that cannot wait). */
export function indexAllFunctions(index: DutyIndex): void {
  index.tags.forEach((_, t) => indexFunction(index, t));
}

/**
 * Writes into `out`, in order, each duty holding the term where a match may start (a word start
 * when the term is anchored), once; returns `out` and how many it wrote. Plain loops over typed
 * arrays, which run fast even before the engine has optimised them (the first keystroke).
 */
function dutiesHolding(
  index: DutyIndex,
  term: QueryTerm,
  out: Int32Array,
): { duties: Int32Array; count: number } {
  const { folded, textStarts } = index;
  const { text } = term;
  let count = 0;
  let duty = 0;
  if (term.anchored && index.wordStarts) {
    // Only where a word starts with the term.
    const starts = wordsStartingWith(index, index.wordStarts, text);
    if (!starts) return { duties: out, count: 0 };
    let from = 0;
    for (let k = 0; k < starts.length; k++) {
      const p = starts[k]!;
      // One occurrence per duty is enough: go on from the next duty.
      if (p < from) continue;
      duty = dutyAt(textStarts, duty, p);
      out[count++] = duty;
      from = textStarts[duty + 1]!;
    }
    return { duties: out, count };
  }
  let p = folded.indexOf(text);
  while (p !== -1) {
    if (term.anchored && !isWordStart(folded, p)) {
      p = folded.indexOf(text, p + 1);
      continue;
    }
    while (textStarts[duty + 1]! <= p) duty++;
    out[count++] = duty;
    p = folded.indexOf(text, textStarts[duty + 1]!);
  }
  return { duties: out, count };
}

/**
 * The duties holding every term, in order (every duty when there are none), in the index's
 * scratch list: each term's duties are intersected with those of the terms before it.
 */
function dutiesHoldingAll(
  index: DutyIndex,
  terms: readonly QueryTerm[],
): { duties: Int32Array; count: number } {
  const { term: termList, hits } = scratchOf(index);
  if (terms.length === 0) {
    for (let d = 0; d < hits.length; d++) hits[d] = d;
    return { duties: hits, count: hits.length };
  }
  let count = dutiesHolding(index, terms[0]!, hits).count;
  for (let k = 1; k < terms.length && count > 0; k++) {
    const next = dutiesHolding(index, terms[k]!, termList);
    // Both lists ascend: keep what is in both, in place.
    let kept = 0;
    let j = 0;
    for (let i = 0; i < count; i++) {
      const duty = hits[i]!;
      while (j < next.count && next.duties[j]! < duty) j++;
      if (j < next.count && next.duties[j] === duty) hits[kept++] = duty;
    }
    count = kept;
  }
  return { duties: hits, count };
}

/** What {@link tallyUnits} counts, unit by unit and per function. */
interface Tally {
  matched: Int32Array;
  matchedUnits: Int32Array;
  matchedCount: number;
  matchedDuties: number;
  reachDuties: Int32Array;
  reachUnits: Int32Array;
}

/**
 * Counts, unit by unit, the duties in `hits` (ascending) that the function `mask` keeps (all of
 * its functions in a unit when `all` is set), and what each function reaches among them. A plain
 * function over typed arrays, which the engine optimises early.
 */
function tallyUnits(
  dutyStarts: Int32Array,
  functionBits: Uint32Array,
  hits: Int32Array,
  hitCount: number,
  mask: number,
  all: boolean,
  tally: Tally,
): void {
  const { matched, matchedUnits, reachDuties, reachUnits } = tally;
  const units = matched.length;
  let matchedCount = 0;
  let matchedDuties = 0;
  let k = 0;
  for (let u = 0; u < units; u++) {
    const end = dutyStarts[u + 1]!;
    if (k >= hitCount || hits[k]! >= end) continue;
    let count = 0;
    let covered = 0;
    let reached = 0;
    for (; k < hitCount && hits[k]! < end; k++) {
      const bits = functionBits[hits[k]!]!;
      // A duty belongs to a function or two: visit only the bits that are set.
      for (let rest = bits; rest !== 0; rest &= rest - 1) {
        reachDuties[31 - Math.clz32(rest & -rest)]!++;
      }
      reached |= bits;
      if (mask !== 0 && (bits & mask) === 0) continue;
      count++;
      covered |= bits & mask;
    }
    for (let rest = reached; rest !== 0; rest &= rest - 1) {
      reachUnits[31 - Math.clz32(rest & -rest)]!++;
    }
    if (all && covered >>> 0 !== mask >>> 0) count = 0;
    matched[u] = count;
    if (count > 0) {
      matchedUnits[matchedCount++] = u;
      matchedDuties += count;
    }
  }
  tally.matchedCount = matchedCount;
  tally.matchedDuties = matchedDuties;
}

/** Counts what a typed query and the active functions match, as `matchOrganization` would. */
export function countMatches(
  index: DutyIndex,
  input: string,
  functionIds: readonly string[],
  mode: FunctionMode,
): FilterCounts {
  const { terms } = parseQuery(input);
  const duties = index.functionBits.length;
  const units = index.parents.length;
  const hits = dutiesHoldingAll(index, terms);
  const wanted = new Set(functionIds);
  let mask = 0;
  let tagCount = 0;
  index.tags.forEach((tag, t) => {
    if (wanted.has(tag.id)) {
      // A filter by a function that is not indexed yet indexes it now.
      indexFunction(index, t);
      mask |= 1 << t;
      tagCount++;
    }
  });
  const reachReady = index.functionsIndexed.every(Boolean);
  const all = mode === 'all' && tagCount > 1;

  const tally: Tally = {
    matched: new Int32Array(units),
    matchedUnits: new Int32Array(units),
    matchedCount: 0,
    matchedDuties: 0,
    reachDuties: new Int32Array(index.tags.length),
    reachUnits: new Int32Array(index.tags.length),
  };
  tallyUnits(index.dutyStarts, index.functionBits, hits.duties, hits.count, mask, all, tally);
  const { matched, reachDuties, reachUnits, matchedDuties } = tally;
  // Depth-first order puts every unit after its parent, so one backward pass sums the branches.
  const branch = Int32Array.from(matched);
  for (let u = units - 1; u > 0; u--) branch[index.parents[u]!]! += branch[u]!;
  return {
    matched,
    branch,
    matchedUnits: tally.matchedUnits.slice(0, tally.matchedCount),
    matchedDuties,
    totalDuties: duties,
    reach: reachReady
      ? index.tags.map((tag, t) => [tag.id, { offices: reachUnits[t]!, duties: reachDuties[t]! }])
      : null,
  };
}
