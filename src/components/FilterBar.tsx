import {
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import { FILTER_INPUT_MARK } from '../performance-marks.mjs';
import { dutyCount, officeCount } from '../model/format.ts';
import { FUNCTION_MODE_LABELS } from '../search/filter-text.ts';
import { DUTY_FUNCTIONS } from '../search/functions.ts';
import { functionReach, type FunctionReach } from '../search/function-counts.ts';
import { countSearchOf, isCountedMatch } from '../search/count-search.ts';
import { buildSearchIndex, FUNCTION_MODES } from '../search/match.ts';
import { useFilterMatch } from '../view-state/filter-context.ts';
import { useOrgStore } from '../store/org-store.ts';
import { AskButton } from './AskButton.tsx';
import { functionStyle } from './function-style.ts';
import { ChevronIcon } from './icons.tsx';

/** From this many duties, the chips recount after typing pauses rather than on every key. */
const LARGE_DUTY_COUNT = 5_000;

const NO_REACH: ReadonlyMap<string, FunctionReach> = new Map();

/** `value`, but only once it has stopped changing for `delay` ms (at once when `delay` is 0). */
function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delay === 0) return;
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return delay === 0 ? value : settled;
}

/**
 * The search box, the function chips and how several chips combine ("any of" or "all of"). Text
 * and chips always combine as "all". The chips wrap, so every function is on screen; on a phone
 * they fold behind a "Functions" button.
 */
export function FilterBar() {
  const organization = useOrgStore((s) => s.organization);
  const query = useOrgStore((s) => s.query);
  const functions = useOrgStore((s) => s.functions);
  const setQuery = useOrgStore((s) => s.setQuery);
  const toggleFunction = useOrgStore((s) => s.toggleFunction);
  const clearFilters = useOrgStore((s) => s.clearFilters);
  const functionMode = useOrgStore((s) => s.functionMode);
  const setFunctionMode = useOrgStore((s) => s.setFunctionMode);
  // Only a phone's layout folds the chips; wider screens show them whatever this says.
  const [chipsOpen, setChipsOpen] = useState(false);
  // Counting every function over a large organisation takes a moment: it happens after the chart
  // is on screen, and the chips show "counting" meanwhile.
  const deferredOrganization = useDeferredValue(organization);
  const match = useFilterMatch();
  // A very large organisation is counted by its worker, with every filter result.
  const counted = countSearchOf(deferredOrganization) !== undefined;
  const index = counted ? null : buildSearchIndex(deferredOrganization);
  // On a large organisation the counts follow the typing after a pause, so every keystroke
  // updates the chart first; on a small one they follow at once.
  // The chips count with the words the chart is filtered by, parsed once for both.
  const countedQuery = useSettledValue(
    useDeferredValue(match.query),
    index && index.totalDuties < LARGE_DUTY_COUNT ? 0 : 300,
  );
  const localReach = useMemo(
    () => (index ? functionReach(index, countedQuery) : null),
    [index, countedQuery],
  );
  const reach = localReach ?? (isCountedMatch(match) ? match.reach : null) ?? NO_REACH;
  const counting =
    deferredOrganization !== organization ||
    (!localReach && !isCountedMatch(match)) ||
    (isCountedMatch(match) && match.reach === null);
  const anyFilter = query.trim() !== '' || functions.length > 0;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    performance.mark(FILTER_INPUT_MARK);
    setQuery(event.target.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query !== '') {
      // Handled here, so Escape clears the box without also closing the panel.
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <section
      className="filter-bar"
      aria-label="Filters"
      data-chips-open={chipsOpen || undefined}
      data-several={functions.length > 1 || undefined}
    >
      <label htmlFor="filter-duties" className="filter-bar__label filter-bar__label--search">
        Filter duties
      </label>
      <input
        id="filter-duties"
        className="filter-bar__input"
        type="search"
        value={query}
        onChange={onChange}
        onKeyDown={onKeyDown}
        placeholder="e.g. risk or “audit plans”"
        autoComplete="off"
        spellCheck={false}
        maxLength={2000}
      />
      <AskButton />
      <button
        type="button"
        className="button filter-bar__clear"
        onClick={clearFilters}
        disabled={!anyFilter}
      >
        Clear<span className="filter-bar__clear-more"> filters</span>
      </button>
      <button
        type="button"
        className="button filter-bar__disclosure"
        aria-expanded={chipsOpen}
        aria-controls="filter-chips"
        onClick={() => setChipsOpen(!chipsOpen)}
      >
        Functions
        {functions.length > 0 && (
          <span className="filter-bar__selected"> · {functions.length} selected</span>
        )}
        <span className="filter-bar__chevron">
          <ChevronIcon direction="down" />
        </span>
      </button>
      {/* Reads as a sentence: "Offices with [any of | all of] the chosen functions". */}
      <div
        className="filter-mode"
        role="radiogroup"
        aria-labelledby="filter-mode-lead filter-mode-trail"
      >
        <span id="filter-mode-lead" className="filter-mode__text">
          Offices with
        </span>
        <span className="segmented">
          {FUNCTION_MODES.map((mode) => (
            <label key={mode} className="segmented__option">
              <input
                type="radio"
                name="function-mode"
                value={mode}
                checked={functionMode === mode}
                onChange={() => {
                  performance.mark(FILTER_INPUT_MARK);
                  setFunctionMode(mode);
                }}
              />
              <span>{FUNCTION_MODE_LABELS[mode]}</span>
            </label>
          ))}
        </span>
        <span id="filter-mode-trail" className="filter-mode__text">
          the chosen functions
        </span>
      </div>
      <div id="filter-chips" className="filter-chips" role="group" aria-label="Functions">
        {DUTY_FUNCTIONS.map((tag) => {
          const counts = reach.get(tag.id) ?? { duties: 0, offices: 0 };
          const pressed = functions.includes(tag.id);
          return (
            <button
              key={tag.id}
              type="button"
              className="chip fn"
              style={functionStyle(tag)}
              aria-pressed={pressed}
              onClick={() => {
                performance.mark(FILTER_INPUT_MARK);
                toggleFunction(tag.id);
              }}
            >
              <span className="chip__swatch" aria-hidden="true" />
              <span className="chip__text">
                <span className="chip__label">{tag.label}</span>
                <span className="chip__count">
                  {counting
                    ? 'counting…'
                    : `${officeCount(counts.offices)} · ${dutyCount(counts.duties)}`}
                </span>
              </span>
            </button>
          );
        })}
      </div>
    </section>
  );
}
