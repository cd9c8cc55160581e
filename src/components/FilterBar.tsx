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
import { FUNCTION_TAGS } from '../search/functions.ts';
import { buildSearchIndex, functionReach, parseQuery } from '../search/match.ts';
import { useOrgStore } from '../store/org-store.ts';
import { functionStyle } from './function-style.ts';

/** From this many duties, the chips recount after typing pauses rather than on every key. */
const LARGE_DUTY_COUNT = 5_000;

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

/** The search box and the function chips. Text and chips combine as "all"; chips as "any". */
export function FilterBar() {
  const organization = useOrgStore((s) => s.organization);
  const query = useOrgStore((s) => s.query);
  const functions = useOrgStore((s) => s.functions);
  const setQuery = useOrgStore((s) => s.setQuery);
  const toggleFunction = useOrgStore((s) => s.toggleFunction);
  const clearFilters = useOrgStore((s) => s.clearFilters);
  // Counting every family over a large organisation takes a moment: it happens after the chart
  // is on screen, and the chips show "counting" meanwhile.
  const deferredOrganization = useDeferredValue(organization);
  const index = buildSearchIndex(deferredOrganization);
  // On a large organisation the counts follow the typing after a pause, so every keystroke
  // updates the chart first; on a small one they follow at once.
  const countedQuery = useSettledValue(
    useDeferredValue(query),
    index.totalDuties >= LARGE_DUTY_COUNT ? 300 : 0,
  );
  const reach = useMemo(
    () => functionReach(index, parseQuery(countedQuery)),
    [index, countedQuery],
  );
  const counting = deferredOrganization !== organization;
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
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-bar__search">
        <label htmlFor="filter-duties" className="filter-bar__label">
          Filter duties
        </label>
        <input
          id="filter-duties"
          className="filter-bar__input"
          type="search"
          value={query}
          onChange={onChange}
          onKeyDown={onKeyDown}
          placeholder="Words or “a phrase”, e.g. risk"
          autoComplete="off"
          spellCheck={false}
          maxLength={2000}
        />
      </div>
      <div className="filter-chips" role="group" aria-label="Functions">
        {FUNCTION_TAGS.map((tag) => {
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
      <button
        type="button"
        className="button filter-bar__clear"
        onClick={clearFilters}
        disabled={!anyFilter}
      >
        Clear filters
      </button>
    </section>
  );
}
