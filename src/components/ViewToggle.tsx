import { useOrgStore } from '../store/org-store.ts';
import { TableIcon } from './icons.tsx';

/**
 * Shows the functions table in the chart's place, or the chart again: a toggle beside the
 * Outline's, kept in the URL as `view=matrix`. Selecting a unit anywhere also returns to the chart.
 */
export function ViewToggle() {
  const table = useOrgStore((s) => s.viewMode === 'matrix');
  const setViewMode = useOrgStore((s) => s.setViewMode);
  return (
    <button
      type="button"
      className="button toolbar-button"
      aria-pressed={table}
      onClick={() => setViewMode(table ? 'chart' : 'matrix')}
    >
      <TableIcon />
      <span className="toolbar-button__label">Functions table</span>
    </button>
  );
}
