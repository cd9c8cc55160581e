/**
 * Matching a typed query and the functions against duties. Everything here returns
 * offsets into the original text; turning them into `<mark>`s is the view's job.
 *
 * User text is never turned into a pattern: terms are found with `indexOf` on folded text, so
 * brackets, backslashes and the like are just characters, and nothing is compiled per keystroke.
 */
import type { Duty, Office, Organization } from '../model/organization.ts';
import { DUTY_FUNCTIONS, type DutyFunction } from './functions.ts';
import {
  foldText,
  isCjk,
  isWordChar,
  isWordStart,
  prepareText,
  toOriginal,
  type PreparedText,
  type Range,
} from './normalize.ts';

export type { PreparedText, Range } from './normalize.ts';

/** Longer input is cut here, so pasting a whole document into the box cannot freeze the page. */
export const MAX_QUERY_LENGTH = 500;

/** One thing the query asks for: a word (matched as a word start) or a quoted phrase. */
export interface QueryTerm {
  /** Folded (lowercase, NFKC, straight quotes, single spaces). */
  readonly text: string;
  readonly phrase: boolean;
  /** False when the term starts with punctuation or CJK, which may match anywhere. */
  readonly anchored: boolean;
}

export interface Query {
  /** Every term must occur in a duty for it to match; empty means no text filter. */
  readonly terms: readonly QueryTerm[];
  /** True when the input was longer than {@link MAX_QUERY_LENGTH} and only its start was used. */
  readonly truncated: boolean;
}

/** The query that filters nothing. */
export const EMPTY_QUERY: Query = { terms: [], truncated: false };

/** Where a highlighted range comes from: `'query'` for the typed query, else a function's id. */
export type MatchSource = string;

export interface SourcedRange extends Range {
  source: MatchSource;
}

function makeTerm(text: string, phrase: boolean): QueryTerm {
  const first = text.codePointAt(0) ?? 0;
  return { text, phrase, anchored: isWordChar(first) && !isCjk(first) };
}

// Surrounding apostrophes are quoting ('risk'), trailing commas are list punctuation (risk, audit);
// a term made only of them is kept as typed so it can still be searched for.
function trimWord(word: string): string {
  const trimmed = word.replace(/^'+/, '').replace(/[',;]+$/, '');
  return trimmed === '' ? word : trimmed;
}

/** Parses what the user typed into words and "quoted phrases" (case-, quote- and width-insensitive). */
export function parseQuery(input: string): Query {
  let text = input;
  let truncated = false;
  if (text.length > MAX_QUERY_LENGTH) {
    let cut = MAX_QUERY_LENGTH;
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    text = text.slice(0, cut);
    truncated = true;
  }
  const folded = foldText(text);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, phrase: boolean) => {
    if (term === '' || seen.has(term)) return;
    seen.add(term);
    terms.push(makeTerm(term, phrase));
  };
  let i = 0;
  while (i < folded.length) {
    const ch = folded[i];
    if (ch === ' ') {
      i++;
    } else if (ch === '"') {
      // An unclosed quote runs to the end: that is what someone mid-way through typing a phrase means.
      const close = folded.indexOf('"', i + 1);
      const end = close === -1 ? folded.length : close;
      const phrase = folded.slice(i + 1, end).trim();
      add(phrase, phrase.includes(' '));
      i = end + 1;
    } else {
      let end = i;
      while (end < folded.length && folded[end] !== ' ' && folded[end] !== '"') end++;
      add(trimWord(folded.slice(i, end)), false);
      i = end;
    }
  }
  return { terms, truncated };
}

/** Whether the query asks for nothing (empty or whitespace-only input). */
export function isEmptyQuery(query: Query): boolean {
  return query.terms.length === 0;
}

function findTerm(text: PreparedText, term: QueryTerm, into: Range[] | null): boolean {
  const { folded } = text;
  let found = false;
  for (let p = folded.indexOf(term.text); p !== -1; p = folded.indexOf(term.text, p + 1)) {
    if (term.anchored && !isWordStart(folded, p)) continue;
    if (!into) return true;
    found = true;
    into.push(toOriginal(text, p, p + term.text.length));
  }
  return found;
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

const asPrepared = (text: string | PreparedText) =>
  typeof text === 'string' ? prepareText(text) : text;

/**
 * Ranges of every occurrence of every query term in `text`, merged and sorted; null when some term
 * does not occur. An empty query matches everything with no ranges.
 */
export function matchText(text: string | PreparedText, query: Query): Range[] | null {
  const prepared = asPrepared(text);
  const ranges: Range[] = [];
  for (const term of query.terms) {
    if (!findTerm(prepared, term, ranges)) return null;
  }
  return mergeRanges(ranges);
}

const compiledTerms = new WeakMap<DutyFunction, readonly QueryTerm[]>();

/** A function's terms, folded and compiled as the query's are (worked out once per function). */
export function termsOf(tag: DutyFunction): readonly QueryTerm[] {
  let terms = compiledTerms.get(tag);
  if (!terms) {
    terms = tag.terms
      .map((term) => foldText(term).trim())
      .filter((term) => term !== '')
      .map((term) => makeTerm(term, term.includes(' ')));
    compiledTerms.set(tag, terms);
  }
  return terms;
}

/** Ranges where any of the function's terms occurs in `text`; empty when the duty is not in it. */
export function matchFunction(text: string | PreparedText, tag: DutyFunction): Range[] {
  const prepared = asPrepared(text);
  const ranges: Range[] = [];
  for (const term of termsOf(tag)) findTerm(prepared, term, ranges);
  return mergeRanges(ranges);
}

function inFunction(text: PreparedText, tag: DutyFunction): boolean {
  return termsOf(tag).some((term) => findTerm(text, term, null));
}

/** Ids of the functions a duty's text belongs to, in the functions' order. */
export function functionsOfDuty(
  text: string | PreparedText,
  tags: readonly DutyFunction[] = DUTY_FUNCTIONS,
): string[] {
  const prepared = asPrepared(text);
  return tags.filter((tag) => inFunction(prepared, tag)).map((tag) => tag.id);
}

/**
 * Ranges made non-overlapping: where ranges overlap, the one earlier in the input keeps the
 * overlap and later ones are clipped around it. Result sorted by start; empty ranges dropped.
 */
export function resolveOverlaps<R extends Range>(ranges: readonly R[]): R[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  if (sorted.every((r, i) => i === 0 || r.start >= sorted[i - 1]!.end)) return sorted;
  const kept: R[] = [];
  for (const range of ranges) {
    let pieces: Range[] = [{ start: range.start, end: range.end }];
    for (const taken of kept) {
      pieces = pieces.flatMap((piece) =>
        piece.end <= taken.start || piece.start >= taken.end
          ? [piece]
          : [
              { start: piece.start, end: taken.start },
              { start: taken.end, end: piece.end },
            ].filter((part) => part.end > part.start),
      );
    }
    for (const piece of pieces) {
      if (piece.end > piece.start) kept.push({ ...range, start: piece.start, end: piece.end });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A run of text, highlighted when it carries the range it came from. */
export interface Segment<R extends Range = SourcedRange> {
  text: string;
  range?: R;
}

/**
 * Splits text into plain and highlighted runs for the view to render as text and `<mark>`s.
 * Ranges are clamped to the text; where they overlap, the earlier range in the list wins.
 */
export function segmentText<R extends Range>(text: string, ranges: readonly R[]): Segment<R>[] {
  const clamped = ranges.map((range) => ({
    ...range,
    start: Math.max(0, Math.min(text.length, range.start)),
    end: Math.max(0, Math.min(text.length, range.end)),
  }));
  const segments: Segment<R>[] = [];
  let at = 0;
  for (const range of resolveOverlaps(clamped)) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start) });
    segments.push({ text: text.slice(range.start, range.end), range });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** A duty with its folded text, prepared once. */
export interface IndexedDuty {
  readonly duty: Duty;
  /** Position in the office's `duties` array (duty numbers can skip). */
  readonly index: number;
  readonly text: PreparedText;
}

export interface IndexedOffice {
  readonly office: Office;
  readonly duties: readonly IndexedDuty[];
  /**
   * Memo of function → each duty's ranges (by position). Filled on first use, so indexing a large
   * organisation stays cheap and a function is worked out once, not once per keystroke.
   */
  readonly functionRanges: Map<DutyFunction, readonly (readonly Range[])[]>;
}

/** Everything matching needs, prepared once per organisation rather than once per keystroke. */
export interface SearchIndex {
  readonly organization: Organization;
  readonly tags: readonly DutyFunction[];
  /** Every unit, root first, in depth-first source order. */
  readonly offices: readonly IndexedOffice[];
  readonly totalDuties: number;
}

const NO_RANGES: readonly Range[] = Object.freeze([]);

export function rangesOfFunction(
  office: IndexedOffice,
  tag: DutyFunction,
): readonly (readonly Range[])[] {
  let ranges = office.functionRanges.get(tag);
  if (!ranges) {
    ranges = office.duties.map((duty) => {
      const found = matchFunction(duty.text, tag);
      return found.length > 0 ? found : NO_RANGES;
    });
    office.functionRanges.set(tag, ranges);
  }
  return ranges;
}

const officeCache = new WeakMap<Office, IndexedOffice>();

// Offices are treated as immutable: an edited office is a new object and gets indexed afresh.
export function indexOffice(office: Office): IndexedOffice {
  let indexed = officeCache.get(office);
  if (!indexed) {
    indexed = {
      office,
      duties: office.duties.map((duty, index) => ({ duty, index, text: prepareText(duty.text) })),
      functionRanges: new Map(),
    };
    officeCache.set(office, indexed);
  }
  return indexed;
}

const indexCache = new WeakMap<Organization, SearchIndex>();

/** Builds (or returns the cached) search index of an organisation. */
export function buildSearchIndex(
  org: Organization,
  tags: readonly DutyFunction[] = DUTY_FUNCTIONS,
): SearchIndex {
  const cached = indexCache.get(org);
  if (cached && cached.tags === tags) return cached;
  const offices: IndexedOffice[] = [];
  let totalDuties = 0;
  // An explicit stack: user-supplied trees may be far deeper than the call stack allows.
  const stack: Office[] = [org.root];
  while (stack.length > 0) {
    const office = stack.pop()!;
    const indexed = indexOffice(office);
    offices.push(indexed);
    totalDuties += indexed.duties.length;
    for (let i = office.children.length - 1; i >= 0; i--) stack.push(office.children[i]!);
  }
  const index: SearchIndex = { organization: org, tags, offices, totalDuties };
  if (tags === DUTY_FUNCTIONS) indexCache.set(org, index);
  return index;
}

export interface DutyMatch {
  /** The duty's own number, as the source gives it. */
  readonly number: number;
  /** Position in the office's `duties` array. */
  readonly index: number;
  /** Non-overlapping, sorted; query ranges win where a function's range overlaps them. */
  readonly ranges: readonly SourcedRange[];
  /** The active function ids this duty belongs to. */
  readonly functions: readonly string[];
}

export interface OfficeMatch {
  readonly officeId: string;
  /** Matching duties, in source order. */
  readonly duties: readonly DutyMatch[];
  readonly matched: number;
  readonly total: number;
  /**
   * With "all of" several functions, the active function ids (in the functions' order) the unit has
   * no matching duty in, which is why it does not match; empty otherwise.
   */
  readonly missingFunctions: readonly string[];
}

/**
 * How several active functions combine: `'any'` (a duty in at least one of them) or `'all'` (a
 * unit with duties in every one of them, not necessarily in the same duty).
 */
export type FunctionMode = 'any' | 'all';

/** The modes in the order the filter bar offers them; the first is the default. */
export const FUNCTION_MODES: readonly FunctionMode[] = ['any', 'all'];

export interface OrganizationMatch {
  /** False when neither a query nor a known function is active: nothing is filtered. */
  readonly active: boolean;
  /** The query was cut to {@link MAX_QUERY_LENGTH}; worth telling the user. */
  readonly truncated: boolean;
  /** The recognised active function ids, in the functions' order (unknown ids are dropped). */
  readonly functionIds: readonly string[];
  /** How the active functions combined. */
  readonly functionMode: FunctionMode;
  /** The parsed query this result answers, for views that count with the same words. */
  readonly query: Query;
  /** Every unit's result when active (including units with no match); empty when inactive. */
  readonly offices: ReadonlyMap<string, OfficeMatch>;
  /** Units with at least one matching duty, in depth-first source order. */
  readonly matchedOfficeIds: readonly string[];
  readonly matchedDuties: number;
  readonly totalDuties: number;
}

function activeTags(tags: readonly DutyFunction[], ids: readonly string[]): DutyFunction[] {
  if (ids.length === 0) return [];
  const wanted = new Set(ids);
  return tags.filter((tag) => wanted.has(tag.id));
}

const NO_IDS: readonly string[] = Object.freeze([]);

function matchIndexedOffice(
  office: IndexedOffice,
  query: Query,
  tags: readonly DutyFunction[],
  mode: FunctionMode,
): OfficeMatch {
  const duties: DutyMatch[] = [];
  const hasQuery = query.terms.length > 0;
  const tagRanges = tags.map((tag) => rangesOfFunction(office, tag));
  for (const duty of office.duties) {
    let functions: string[] | null = null;
    for (let t = 0; t < tags.length; t++) {
      if (tagRanges[t]![duty.index]!.length > 0) (functions ??= []).push(tags[t]!.id);
    }
    if (tags.length > 0 && !functions) continue;
    // Function membership is memoised, so it goes first; the query is the per-keystroke work.
    const queryRanges = hasQuery ? matchText(duty.text, query) : [];
    if (!queryRanges) continue;
    const ranges: SourcedRange[] = queryRanges.map((r) => ({
      start: r.start,
      end: r.end,
      source: 'query',
    }));
    for (let t = 0; t < tags.length; t++) {
      for (const r of tagRanges[t]![duty.index]!)
        ranges.push({ start: r.start, end: r.end, source: tags[t]!.id });
    }
    duties.push({
      number: duty.duty.number,
      index: duty.index,
      ranges: functions ? resolveOverlaps(ranges) : ranges,
      functions: functions ?? [],
    });
  }
  if (mode === 'all' && tags.length > 1) {
    // The unit must cover every function with duties that also satisfy the query; its matching
    // duties are then those in any of the functions, so the panel marks each one it has.
    const covered = new Set(duties.flatMap((duty) => duty.functions));
    const missingFunctions = tags.filter((tag) => !covered.has(tag.id)).map((tag) => tag.id);
    if (missingFunctions.length > 0) {
      return {
        officeId: office.office.id,
        duties: [],
        matched: 0,
        total: office.duties.length,
        missingFunctions,
      };
    }
  }
  return {
    officeId: office.office.id,
    duties,
    matched: duties.length,
    total: office.duties.length,
    missingFunctions: NO_IDS,
  };
}

/**
 * The duties of one office that match: all query terms AND (when any function is active) at least
 * one of the active functions. With neither, every duty matches with no ranges. In `'all'` mode
 * the office matches only when those duties cover every active function; otherwise none match.
 */
export function matchDuties(
  office: Office,
  query: Query,
  functionIds: readonly string[] = [],
  tags: readonly DutyFunction[] = DUTY_FUNCTIONS,
  mode: FunctionMode = 'any',
): OfficeMatch {
  return matchIndexedOffice(indexOffice(office), query, activeTags(tags, functionIds), mode);
}

/**
 * Matches a whole organisation. Text and functions combine as ALL (the duty must satisfy the
 * query and belong to an active function). Several functions combine as `mode` says: `'any'`
 * (the default) matches a duty in any of them; `'all'` matches only units whose duties cover
 * every one of them, and counts those units' duties in any of them.
 */
export function matchOrganization(
  org: Organization | SearchIndex,
  query: Query,
  functionIds: readonly string[] = [],
  mode: FunctionMode = 'any',
): OrganizationMatch {
  const index = 'root' in org ? buildSearchIndex(org) : org;
  const tags = activeTags(index.tags, functionIds);
  const active = !isEmptyQuery(query) || tags.length > 0;
  const offices = new Map<string, OfficeMatch>();
  const matchedOfficeIds: string[] = [];
  let matchedDuties = 0;
  if (active) {
    for (const office of index.offices) {
      const result = matchIndexedOffice(office, query, tags, mode);
      offices.set(result.officeId, result);
      if (result.matched > 0) matchedOfficeIds.push(result.officeId);
      matchedDuties += result.matched;
    }
  }
  return {
    active,
    truncated: query.truncated,
    functionIds: tags.map((tag) => tag.id),
    functionMode: mode,
    query,
    offices,
    matchedOfficeIds,
    matchedDuties,
    totalDuties: index.totalDuties,
  };
}
