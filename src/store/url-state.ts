import { LAYOUT_MODES, type LayoutMode } from '../layout/layout-tree.ts';
import { FUNCTION_IDS } from '../search/functions.ts';
import { FUNCTION_MODES, MAX_QUERY_LENGTH, type FunctionMode } from '../search/match.ts';
import { MAX_QUESTION_LENGTH } from '../search/question-types.ts';

/** What the main area shows: the org chart, or the table of functions by unit. */
export type ViewMode = 'chart' | 'matrix';

/** The view modes in the order the switch offers them; the first is the default. */
export const VIEW_MODES: readonly ViewMode[] = ['chart', 'matrix'];

/** The part of the view a link reproduces. */
export interface ViewState {
  selectedId: string | null;
  /**
   * The duty of the selected unit a link points at, by the number the source gives it (never its
   * position); null for none. Only meaningful with a selection.
   */
  dutyNumber: number | null;
  viewMode: ViewMode;
  layout: LayoutMode;
  /** The text typed in "Filter duties". */
  query: string;
  /** Active functions, in the order they were chosen. */
  functions: readonly string[];
  /** How several functions combine: units with duties in any of them, or in all of them. */
  functionMode: FunctionMode;
  /** Whether the panel lists only the duties that match the filters. */
  onlyMatching: boolean;
  /** Whether the question box ("Ask: who handles…?") is open. */
  asking: boolean;
  /** The question last asked there ('' for none); in links only while the box is open. */
  question: string;
}

export const DEFAULT_VIEW: ViewState = {
  selectedId: null,
  dutyNumber: null,
  viewMode: 'chart',
  layout: 'compact',
  query: '',
  functions: [],
  // "any" is what links meant before the choice existed, so they keep their meaning.
  functionMode: 'any',
  onlyMatching: false,
  asking: false,
  question: '',
};

/** Picks the shareable view out of a larger state object. */
export function viewOf({
  selectedId,
  dutyNumber,
  viewMode,
  layout,
  query,
  functions,
  functionMode,
  onlyMatching,
  asking,
  question,
}: ViewState): ViewState {
  return {
    selectedId,
    dutyNumber,
    viewMode,
    layout,
    query,
    functions,
    functionMode,
    onlyMatching,
    asking,
    question,
  };
}

/** Longest office id we look at; anything longer is not one of ours. */
const MAX_ID_LENGTH = 200;

/** Writes the view as readable parameters, leaving out defaults so links stay short. */
export function toSearchParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.selectedId) params.set('office', view.selectedId);
  if (view.selectedId && view.dutyNumber !== null) params.set('duty', String(view.dutyNumber));
  if (view.viewMode !== DEFAULT_VIEW.viewMode) params.set('view', view.viewMode);
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (view.query.trim() !== '') params.set('q', view.query);
  if (view.functions.length > 0) params.set('fn', view.functions.join(','));
  if (view.functionMode !== DEFAULT_VIEW.functionMode) params.set('match', view.functionMode);
  if (view.onlyMatching) params.set('only', 'matching');
  // `ask` opens the question box; its value, when there is one, is the question to answer.
  if (view.asking) params.set('ask', view.question.trim());
  return params;
}

/** The parameters this app reads and writes; any others in a link belong to someone else. */
export const OWN_PARAMS: readonly string[] = [
  'office',
  'duty',
  'view',
  'layout',
  'q',
  'fn',
  'match',
  'only',
  'ask',
];

/**
 * The query string (without "?") for `view`, keeping every parameter of `search` that is not
 * ours (a campaign's `utm_source`, a host's own parameters) as it was, in its order, before ours.
 */
export function withView(search: string, view: ViewState): string {
  const params = new URLSearchParams(search);
  for (const name of OWN_PARAMS) params.delete(name);
  for (const [name, value] of toSearchParams(view)) params.append(name, value);
  return params.toString();
}

export interface ParsedView {
  view: ViewState;
  /** Plain-language notes on parts of the link that could not be used. */
  notices: string[];
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
const quote = (value: string) => `“${shorten(value)}”`;

/** What the reader of a link needs to know about a unit's duties to check a duty number. */
export interface UnitDuties {
  name: string;
  /** The numbers the source gives the unit's duties, in order. */
  numbers: readonly number[];
}

/** Longest duty number we read; source numbering never comes near it. */
const MAX_DUTY_DIGITS = 6;

/**
 * Reads a view from a query string. Never throws: unusable parts fall back to defaults and are
 * explained in `notices`. `officeExists` decides which office ids are real; `dutiesOf` tells
 * which duty numbers a unit has (without it, any whole number is taken as given).
 */
export function fromSearchParams(
  search: string,
  officeExists: (id: string) => boolean,
  dutiesOf?: (id: string) => UnitDuties | undefined,
): ParsedView {
  const notices: string[] = [];
  // URLSearchParams itself never throws: malformed percent-escapes are kept as written.
  const params = new URLSearchParams(search);
  const view: ViewState = { ...DEFAULT_VIEW };

  const office = params.get('office');
  if (office !== null && office !== '') {
    if (office.length <= MAX_ID_LENGTH && officeExists(office)) {
      view.selectedId = office;
    } else {
      notices.push(
        `The link names an office that does not exist here (${quote(office)}), so the whole chart is shown.`,
      );
    }
  }

  const duty = params.get('duty');
  if (duty !== null && duty !== '') {
    const number = /^\d+$/.test(duty) && duty.length <= MAX_DUTY_DIGITS ? Number(duty) : null;
    const unit = view.selectedId === null ? undefined : dutiesOf?.(view.selectedId);
    if (number === null) {
      notices.push(`The link’s duty ${quote(duty)} is not a duty number, so no duty is marked.`);
    } else if (view.selectedId === null) {
      // Without a usable office the office's own notice (if any) says enough.
      if (office === null || office === '') {
        notices.push(`The link names duty ${number} but no office, so no duty is marked.`);
      }
    } else if (unit && !unit.numbers.includes(number)) {
      notices.push(`${unit.name} has no duty ${number}, so none is marked.`);
    } else {
      view.dutyNumber = number;
    }
  }

  const viewMode = params.get('view');
  if (viewMode !== null) {
    if ((VIEW_MODES as readonly string[]).includes(viewMode)) {
      view.viewMode = viewMode as ViewMode;
    } else {
      notices.push(`Unknown view ${quote(viewMode)}; showing the chart.`);
    }
  }

  const layout = params.get('layout');
  if (layout !== null) {
    if ((LAYOUT_MODES as readonly string[]).includes(layout)) {
      view.layout = layout as LayoutMode;
    } else {
      notices.push(`Unknown layout ${quote(layout)}; showing the ${DEFAULT_VIEW.layout} layout.`);
    }
  }

  const query = params.get('q');
  if (query !== null) {
    view.query = query.slice(0, MAX_QUERY_LENGTH);
    if (query.length > MAX_QUERY_LENGTH) {
      notices.push(`The filter in the link was cut to its first ${MAX_QUERY_LENGTH} characters.`);
    }
  }

  const functions = params.get('fn');
  if (functions !== null) {
    const ids = functions
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const known = ids.filter((id, i) => FUNCTION_IDS.includes(id) && ids.indexOf(id) === i);
    const unknown = ids.filter((id) => !FUNCTION_IDS.includes(id));
    view.functions = known;
    if (unknown.length > 0) {
      const shown = unknown.slice(0, 3).map(quote).join(', ');
      const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
      notices.push(
        `The link names ${unknown.length === 1 ? 'a function' : 'functions'} we do not know (${shown}${more}); ${unknown.length === 1 ? 'it was' : 'they were'} ignored.`,
      );
    }
  }

  const mode = params.get('match');
  if (mode !== null) {
    if ((FUNCTION_MODES as readonly string[]).includes(mode)) {
      view.functionMode = mode as FunctionMode;
    } else {
      notices.push(
        `Unknown function match ${quote(mode)}; showing offices with any of the functions.`,
      );
    }
  }

  const only = params.get('only');
  if (only === 'matching') view.onlyMatching = true;
  else if (only !== null) notices.push(`Unknown panel option ${quote(only)} was ignored.`);

  const question = params.get('ask');
  if (question !== null) {
    view.asking = true;
    view.question = question.trim().slice(0, MAX_QUESTION_LENGTH);
    if (question.trim().length > MAX_QUESTION_LENGTH) {
      notices.push(
        `The question in the link was cut to its first ${MAX_QUESTION_LENGTH} characters.`,
      );
    }
  }

  return { view, notices };
}
