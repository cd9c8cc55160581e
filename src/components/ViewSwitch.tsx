import { useOrgStore } from '../store/org-store.ts';
import { VIEW_MODES, type ViewMode } from '../store/url-state.ts';

const LABELS: Readonly<Record<ViewMode, string>> = {
  chart: 'Chart',
  matrix: 'Functions table',
};

/**
 * Chart or functions table: two views of the same organisation, chosen with a pair of radio
 * buttons styled as a segmented control (as the layout choice is). Kept in the URL as `view=`.
 */
export function ViewSwitch() {
  const viewMode = useOrgStore((s) => s.viewMode);
  const setViewMode = useOrgStore((s) => s.setViewMode);
  return (
    <fieldset className="segmented view-switch">
      <legend className="visually-hidden">View</legend>
      {VIEW_MODES.map((mode) => (
        <label key={mode} className="segmented__option">
          <input
            type="radio"
            name="view-mode"
            value={mode}
            checked={viewMode === mode}
            onChange={() => setViewMode(mode)}
          />
          <span className="view-switch__option">{LABELS[mode]}</span>
        </label>
      ))}
    </fieldset>
  );
}
