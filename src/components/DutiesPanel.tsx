import './duties-panel.css';
import { useEffect, useState } from 'react';
import { dutyCount, formatCount, officeCount } from '../model/format.ts';
import { readingNeighbours } from '../model/navigation.ts';
import { countDuties, skippedBefore, type Office } from '../model/organization.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex, selectSelectedOffice } from '../store/selectors.ts';
import { toSearchParams, viewOf } from '../store/url-state.ts';
import { useShallow } from 'zustand/react/shallow';
import { useFilterMatch } from '../view-state/filter-context.ts';
import { functionById } from '../search/functions.ts';
import { missingFunctionsText } from '../search/filter-text.ts';
import { functionsOfOfficeDuty } from '../search/function-counts.ts';
import { focusNode } from './focus-node.ts';
import { functionStyle } from './function-style.ts';
import { DutyRows } from './DutyRows.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { DutyFooter } from './DutyFooter.tsx';
import { useCurrentDuty } from './use-current-duty.ts';
import { useCounterparts } from '../view-state/counterparts.ts';
import { ChevronIcon, CloseIcon } from './icons.tsx';

/**
 * The panel for the selected unit: a side panel on wide screens, a bottom sheet on phones.
 * The organisation's root gets an overview instead of a list of duties.
 */
export function DutiesPanel() {
  const office = useOrgStore(selectSelectedOffice);
  const select = useOrgStore((s) => s.select);
  const isRoot = useOrgStore((s) => s.selectedId === s.organization.root.id);
  const [expanded, setExpanded] = useState(false);

  useEffect(() => {
    if (!office) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      select(null);
      focusNode(office.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [office, select]);

  if (!office) return null;
  const close = () => {
    select(null);
    focusNode(office.id);
  };
  return (
    <aside
      className="duties-panel"
      data-expanded={expanded || undefined}
      aria-labelledby="duties-panel-heading"
    >
      <div className="duties-panel__header">
        <button
          type="button"
          className="duties-panel__grabber"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          <span className="visually-hidden">{expanded ? 'Shrink panel' : 'Expand panel'}</span>
        </button>
        <h2 id="duties-panel-heading" tabIndex={-1}>
          {office.name}
        </h2>
        <button type="button" className="icon-button" onClick={close} aria-label="Close panel">
          <CloseIcon />
        </button>
      </div>
      <div className="duties-panel__body">
        {isRoot ? <Overview /> : <OfficeDetails office={office} />}
      </div>
    </aside>
  );
}

function OfficeDetails({ office }: { office: Office }) {
  const index = useOrgStore(selectIndex);
  const select = useOrgStore((s) => s.select);
  const { previous, next } = readingNeighbours(index, office.id);
  const nameOf = (id: string) => index.byId.get(id)?.name ?? id;
  return (
    <>
      <p className="duties-panel__summary">
        {dutyCount(office.duties.length)}
        {office.missingNumbers.length > 0 && ' · the source skips a number'}
      </p>
      <DutyList office={office} />
      {office.children.length > 0 && <UnitsBelow office={office} />}
      <nav className="duties-panel__pager" aria-label="Other offices">
        <button
          type="button"
          className="button"
          disabled={!previous}
          onClick={() => previous && select(previous)}
          aria-label={previous ? `Previous office: ${nameOf(previous)}` : 'Previous office'}
        >
          <ChevronIcon direction="left" /> Previous
        </button>
        <button
          type="button"
          className="button"
          disabled={!next}
          onClick={() => next && select(next)}
          aria-label={next ? `Next office: ${nameOf(next)}` : 'Next office'}
        >
          Next <ChevronIcon direction="right" />
        </button>
      </nav>
    </>
  );
}

function DutyList({ office }: { office: Office }) {
  const match = useFilterMatch();
  const onlyMatching = useOrgStore((s) => s.onlyMatching);
  const setOnlyMatching = useOrgStore((s) => s.setOnlyMatching);
  const dutyNumber = useOrgStore((s) => s.dutyNumber);
  const counterparts = useCounterparts(office.id);
  useCurrentDuty(office.id, dutyNumber);
  if (office.duties.length === 0) {
    return <p className="duties-panel__empty">The source lists no duties for this unit.</p>;
  }
  const officeMatch = match.active ? match.offices.get(office.id) : undefined;
  const matchesByIndex = new Map(officeMatch?.duties.map((d) => [d.index, d]));
  const hideOthers = match.active && onlyMatching;
  const shown = hideOthers
    ? office.duties.flatMap((duty, i) =>
        matchesByIndex.has(i) || duty.number === dutyNumber ? [i] : [],
      )
    : office.duties.map((_, i) => i);
  return (
    <>
      {match.active && (
        <div className="duties-panel__filter">
          <p className="duties-panel__match-count">
            {officeMatch?.matched ?? 0} of {dutyCount(office.duties.length)} match
          </p>
          {officeMatch && officeMatch.missingFunctions.length > 0 && (
            <p className="duties-panel__missing">
              {missingFunctionsText(officeMatch.missingFunctions)}
            </p>
          )}
          <label className="toggle">
            <input
              type="checkbox"
              checked={onlyMatching}
              onChange={(event) => setOnlyMatching(event.target.checked)}
            />
            Show only matching duties
          </label>
        </div>
      )}
      <DutyRows label={`Duties of ${office.name}`} count={shown.length} above={match.active}>
        {(position, rowProps) => {
          const i = shown[position]!;
          const duty = office.duties[i]!;
          const dutyMatch = matchesByIndex.get(i);
          // The duty a link points at shows even when the filter would hide it.
          const current = duty.number === dutyNumber;
          const skipped = skippedBefore(office, i);
          return (
            <li
              key={`${duty.number}-${i}`}
              {...rowProps}
              value={duty.number}
              data-match={dutyMatch ? true : undefined}
              data-dimmed={match.active && !dutyMatch ? true : undefined}
              aria-current={current ? 'true' : undefined}
              tabIndex={current ? -1 : undefined}
            >
              {skipped.length > 0 && (
                <p className="duty-list__gap">No item {skipped.join(', ')} in the source</p>
              )}
              <p className="duty-list__text">
                <HighlightedText text={duty.text} ranges={dutyMatch?.ranges ?? []} />
              </p>
              <DutyTags office={office} dutyIndex={i} />
              <DutyFooter
                office={office}
                duty={duty}
                counterparts={counterparts?.byDuty[i] ?? null}
                total={counterparts?.totals[i] ?? 0}
              />
            </li>
          );
        }}
      </DutyRows>
    </>
  );
}

function DutyTags({ office, dutyIndex }: { office: Office; dutyIndex: number }) {
  const functions = functionsOfOfficeDuty(office, dutyIndex);
  if (functions.length === 0) return null;
  return (
    <ul className="duty-tags" aria-label="Functions">
      {functions.map((id) => {
        const tag = functionById(id);
        if (!tag) return null;
        return (
          <li key={id} className="duty-tag fn" style={functionStyle(tag)}>
            {tag.label}
          </li>
        );
      })}
    </ul>
  );
}

/** The units directly below one, each a link, and a switch showing or hiding them in the chart. */
function UnitsBelow({ office }: { office: Office }) {
  const collapsed = useOrgStore((s) => s.collapsedIds.includes(office.id));
  const toggleCollapsed = useOrgStore((s) => s.toggleCollapsed);
  const select = useOrgStore((s) => s.select);
  const [shown, showMore] = useListPage();
  return (
    <section className="units-below" aria-labelledby="units-below-heading">
      <div className="units-below__header">
        <h3 id="units-below-heading" className="duties-panel__subheading">
          {formatCount(office.children.length, 'unit')} below
        </h3>
        <button
          type="button"
          className="button"
          aria-pressed={!collapsed}
          onClick={() => toggleCollapsed(office.id)}
        >
          Show in the chart
        </button>
      </div>
      <ul className="overview-list">
        {office.children.slice(0, shown).map((child) => (
          <li key={child.id}>
            <button type="button" className="link-button" onClick={() => select(child.id)}>
              {child.name}
            </button>
            <span className="overview-list__count">{dutyCount(child.duties.length)}</span>
          </li>
        ))}
      </ul>
      <ShowMore shown={shown} total={office.children.length} onMore={showMore} />
    </section>
  );
}

/** The root's overview: totals, and every office as a link that selects it. */
function Overview() {
  const organization = useOrgStore((s) => s.organization);
  const view = useOrgStore(useShallow(viewOf));
  const select = useOrgStore((s) => s.select);
  const offices = organization.root.children;
  const [shown, showMore] = useListPage();
  return (
    <>
      <p className="duties-panel__summary">
        {officeCount(offices.length)} · {dutyCount(countDuties(organization))}
      </p>
      <h3 className="duties-panel__subheading">Offices</h3>
      <ul className="overview-list">
        {offices.slice(0, shown).map((office) => (
          <li key={office.id}>
            <a
              href={`?${toSearchParams({ ...view, selectedId: office.id }).toString()}`}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                select(office.id);
              }}
            >
              {office.name}
            </a>
            <span className="overview-list__count">{dutyCount(office.duties.length)}</span>
          </li>
        ))}
      </ul>
      <ShowMore shown={shown} total={offices.length} onMore={showMore} />
    </>
  );
}

/** Lists of units show this many at first, and this many more at a time. */
const LIST_PAGE = 200;
const countFormat = new Intl.NumberFormat('en');

function useListPage(): [number, () => void] {
  const [shown, setShown] = useState(LIST_PAGE);
  return [shown, () => setShown(shown + LIST_PAGE)];
}

/** "200 of 50,000 shown" and a button for the next page, under a long list of units. */
function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (total <= shown) return null;
  return (
    <p className="show-more">
      {countFormat.format(shown)} of {countFormat.format(total)} shown{' '}
      <button type="button" className="button" onClick={onMore}>
        Show {countFormat.format(Math.min(LIST_PAGE, total - shown))} more
      </button>
    </p>
  );
}
