import { useOrgStore } from '../store/org-store.ts';

/** The element ids the skip links lead to; the App gives these ids to its regions. */
export const SKIP_TARGETS = {
  outline: 'outline',
  filter: 'filter-duties',
  panel: 'duties-panel-heading',
} as const;

/**
 * What each link focuses: the selected card (else the top one, else any card), the Outline's
 * current item, the filter box, the panel's heading. CSS selectors, tried until the target has
 * loaded.
 */
const focusTargets = (selectedId: string | null, rootId: string) => ({
  chart: [selectedId ?? rootId, rootId, ''].map(
    (id) => `.chart-region .react-flow__node${id && `[data-id="${CSS.escape(id)}"]`}`,
  ),
  outline: [`#${SKIP_TARGETS.outline} [role="treeitem"][tabindex="0"]`],
  filter: [`#${SKIP_TARGETS.filter}`],
  panel: [`#${SKIP_TARGETS.panel}`],
});

/** Focuses the first match of `selectors`, trying each frame (for about 2 s) while it loads. */
function focusWhenReady(selectors: readonly string[], frames = 120) {
  for (const selector of selectors) {
    const target = document.querySelector<HTMLElement>(selector);
    if (target) return target.focus();
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenReady(selectors, frames - 1));
}

/**
 * Links at the very start of the page, shown when focused, so keyboard users reach the chart,
 * the Outline, the filter and the open panel without tabbing through the toolbar.
 */
export function SkipLinks({ openOutline }: { openOutline: () => void }) {
  const selectedId = useOrgStore((s) => s.selectedId);
  const rootId = useOrgStore((s) => s.organization.root.id);
  const links: [keyof ReturnType<typeof focusTargets>, string, string][] = [
    ['chart', 'organisation-chart', 'Skip to the chart'],
    ['outline', SKIP_TARGETS.outline, 'Skip to the outline'],
    ['filter', SKIP_TARGETS.filter, 'Skip to the filter'],
  ];
  if (selectedId !== null) links.push(['panel', SKIP_TARGETS.panel, 'Skip to the duties panel']);
  return (
    <nav className="skip-links" aria-label="Skip links">
      <ul>
        {links.map(([key, id, label]) => (
          <li key={key}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                event.preventDefault();
                if (key === 'outline') openOutline();
                focusWhenReady(focusTargets(selectedId, rootId)[key]);
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
