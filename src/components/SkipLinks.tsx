import type { MouseEvent } from 'react';
import { useOrgStore } from '../store/org-store.ts';

/** The element ids the skip links lead to; the App gives these ids to its regions. */
export const SKIP_TARGETS = {
  outline: 'outline',
  filter: 'filter-duties',
  panel: 'duties-panel-heading',
} as const;

/** How long to keep looking for a target that is still loading (a lazy part, a new card). */
const WAIT_FRAMES = 120;

/** Focuses the first element `find` returns, trying on each frame while it is still loading. */
function focusWhenReady(find: () => HTMLElement | null, frames = WAIT_FRAMES) {
  const target = find();
  if (target) {
    target.focus();
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenReady(find, frames - 1));
}

/** The card keyboard users land on in the chart: the selected one, else the top, else any. */
function chartCard(selectedId: string | null, rootId: string): HTMLElement | null {
  const cards = document.querySelector('.chart-region');
  if (!cards) return null;
  const byId = (id: string) =>
    cards.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  return (
    (selectedId ? byId(selectedId) : null) ??
    byId(rootId) ??
    cards.querySelector<HTMLElement>('.react-flow__node')
  );
}

/**
 * Links at the very start of the page, shown when focused, so keyboard users reach the chart,
 * the Outline, the filter and the open panel without tabbing through the toolbar.
 */
export function SkipLinks({ openOutline }: { openOutline: () => void }) {
  const selectedId = useOrgStore((s) => s.selectedId);
  const rootId = useOrgStore((s) => s.organization.root.id);

  const go = (event: MouseEvent<HTMLAnchorElement>, find: () => HTMLElement | null) => {
    event.preventDefault();
    focusWhenReady(find);
  };
  const byId = (id: string) => () => document.getElementById(id);

  return (
    <nav className="skip-links" aria-label="Skip links">
      <ul>
        <li>
          <a
            href="#organisation-chart"
            onClick={(event) => go(event, () => chartCard(selectedId, rootId))}
          >
            Skip to the chart
          </a>
        </li>
        <li>
          <a
            href={`#${SKIP_TARGETS.outline}`}
            onClick={(event) => {
              openOutline();
              go(event, () =>
                document.querySelector<HTMLElement>(
                  `#${SKIP_TARGETS.outline} [role="treeitem"][tabindex="0"]`,
                ),
              );
            }}
          >
            Skip to the outline
          </a>
        </li>
        <li>
          <a
            href={`#${SKIP_TARGETS.filter}`}
            onClick={(event) => go(event, byId(SKIP_TARGETS.filter))}
          >
            Skip to the filter
          </a>
        </li>
        {selectedId !== null && (
          <li>
            <a
              href={`#${SKIP_TARGETS.panel}`}
              onClick={(event) => go(event, byId(SKIP_TARGETS.panel))}
            >
              Skip to the duties panel
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
