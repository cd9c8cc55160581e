import './outline.css';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { dutyCount, formatNumber } from '../model/format.ts';
import { outlineItems, typeahead } from '../model/outline.ts';
import { useOrgStore } from '../store/org-store.ts';
import { ChevronIcon } from './icons.tsx';
import { useWindowedRows } from './use-windowed-rows.ts';
import { useBranchMatches } from '../view-state/branch-matches.ts';

/** A row's height before it is measured (one line of name). */
const ROW_ESTIMATE = 30;
/** Outlines longer than this draw only the rows on screen. */
const WINDOW_FROM = 150;
/**
 * Rows indent one step a level down to this level, then stay put, so a unit 10,000 levels down
 * still has room for its name in the narrow panel. Deeper rows show their level in words (it is
 * announced by aria-level, so the words are for the eye only).
 */
const MAX_INDENT_LEVEL = 7;
/** One level's indent, in rem. */
const INDENT_STEP = 0.9;

/**
 * The organisation as a WAI-ARIA tree: one tab stop, arrow keys to move, Right and Left to
 * expand and collapse, Home and End, typeahead, Enter or Space to select. It follows the chart's
 * selection, and selecting here selects in the chart.
 */
export function Outline({ id }: { id: string }) {
  const root = useOrgStore((s) => s.organization.root);
  const collapsedIds = useOrgStore((s) => s.collapsedIds);
  const selectedId = useOrgStore((s) => s.selectedId);
  const select = useOrgStore((s) => s.select);
  const toggleCollapsed = useOrgStore((s) => s.toggleCollapsed);
  const items = useMemo(() => outlineItems(root, collapsedIds), [root, collapsedIds]);
  const branchMatches = useBranchMatches();

  const [activeId, setActiveId] = useState<string>(selectedId ?? root.id);
  const [followedSelection, setFollowedSelection] = useState(selectedId);
  // A selection made elsewhere moves the tree's tab stop to it (React's "adjust state on change").
  if (selectedId !== followedSelection) {
    setFollowedSelection(selectedId);
    if (selectedId) setActiveId(selectedId);
  }
  const activeIndex = Math.max(
    0,
    items.findIndex((item) => item.id === activeId),
  );
  const active = items[activeIndex];
  // Thousands of rows scroll smoothly: only those on screen (and the tab stop) are drawn.
  const { listRef, windowed, rows, totalSize, measure, scrollToRow } =
    useWindowedRows<HTMLUListElement>({
      count: items.length,
      estimate: ROW_ESTIMATE,
      threshold: WINDOW_FROM,
      keep: activeIndex,
    });

  const treeRef = listRef;
  const focusRequested = useRef(false);
  // Whether the focus is in the tree. A row redrawn while focused (the list around it changed)
  // would drop the focus to the page; it is put back on the tab stop instead.
  const hasFocus = useRef(false);
  useEffect(() => {
    if (!hasFocus.current || document.activeElement !== document.body || !active) return;
    treeRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(active.id)}"]`)?.focus();
  });
  useEffect(() => {
    if (!focusRequested.current || !active) return;
    focusRequested.current = false;
    treeRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(active.id)}"]`)?.focus();
  }, [active, treeRef]);

  useEffect(() => {
    if (!active) return;
    // In the next frame, which lays the page out anyway: scrolling here would lay out a chart
    // just drawn inside the task that drew it.
    const frame = requestAnimationFrame(() => {
      scrollToRow(activeIndex);
      treeRef.current
        ?.querySelector<HTMLElement>(`[data-id="${CSS.escape(active.id)}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [active, activeIndex, scrollToRow, treeRef]);

  const moveTo = (index: number) => {
    const target = items[index];
    if (!target) return;
    focusRequested.current = true;
    setActiveId(target.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!active) return;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(items.length - 1);
        break;
      case 'ArrowRight':
        if (active.hasChildren && !active.expanded) toggleCollapsed(active.id, false);
        else if (active.expanded) moveTo(activeIndex + 1);
        break;
      case 'ArrowLeft':
        if (active.expanded) toggleCollapsed(active.id, true);
        else if (active.parentId) moveTo(items.findIndex((item) => item.id === active.parentId));
        break;
      case 'Enter':
      case ' ':
        select(active.id);
        break;
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          moveTo(typeahead(items, activeIndex, event.key));
        } else {
          handled = false;
        }
    }
    if (handled) event.preventDefault();
  };

  return (
    <ul
      id={id}
      className="outline-tree"
      role="tree"
      aria-label="Outline"
      ref={treeRef}
      onKeyDown={onKeyDown}
      onFocus={() => (hasFocus.current = true)}
      onBlur={(event) => {
        // Focus leaving for somewhere else; a removed row blurs with nowhere to go (null).
        if (event.relatedTarget !== null) hasFocus.current = false;
      }}
      data-windowed={windowed || undefined}
      style={windowed ? { height: totalSize } : undefined}
    >
      {rows.map(({ index, start }) => {
        const item = items[index]!;
        return (
          <li
            key={item.id}
            ref={windowed ? measure : undefined}
            data-index={index}
            data-id={item.id}
            role="treeitem"
            aria-level={item.level}
            aria-setsize={item.setSize}
            aria-posinset={item.positionInSet}
            aria-expanded={item.hasChildren ? item.expanded : undefined}
            aria-selected={item.id === selectedId}
            tabIndex={item.id === active?.id ? 0 : -1}
            className="outline-tree__item"
            style={{
              paddingInlineStart: `${0.5 + (Math.min(item.level, MAX_INDENT_LEVEL) - 1) * INDENT_STEP}rem`,
              ...(windowed ? { transform: `translateY(${start}px)` } : {}),
            }}
            onFocus={() => setActiveId(item.id)}
            onClick={() => {
              setActiveId(item.id);
              select(item.id);
            }}
          >
            {item.hasChildren ? (
              <span
                className="outline-tree__toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  setActiveId(item.id);
                  toggleCollapsed(item.id);
                }}
              >
                <ChevronIcon direction={item.expanded ? 'down' : 'right'} />
              </span>
            ) : (
              <span className="outline-tree__toggle" aria-hidden="true" />
            )}
            <span className="outline-tree__name">
              {item.level > MAX_INDENT_LEVEL && (
                <span className="outline-tree__level" aria-hidden="true">
                  level {formatNumber(item.level)}
                </span>
              )}
              {item.name}
            </span>
            {branchMatches ? (
              <span
                className="outline-tree__count"
                data-matches={(branchMatches.get(item.id) ?? 0) > 0 || undefined}
                aria-hidden="true"
                title={`${dutyCount(branchMatches.get(item.id) ?? 0)} match in this branch`}
              >
                {branchMatches.get(item.id) ?? 0}
              </span>
            ) : (
              item.level > 1 && (
                <span
                  className="outline-tree__count"
                  aria-hidden="true"
                  title={dutyCount(item.dutyCount)}
                >
                  {item.dutyCount}
                </span>
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}
