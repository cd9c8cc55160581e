import { LAYOUT_LABELS, LAYOUT_MODES } from '../layout/layout-tree.ts';
import { useOrgStore } from '../store/org-store.ts';

/** The layout choice as a group of radio buttons styled as a segmented control. */
export function LayoutSwitch() {
  const layout = useOrgStore((s) => s.layout);
  const setLayout = useOrgStore((s) => s.setLayout);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Layout</legend>
      {LAYOUT_MODES.map((mode) => (
        <label key={mode} className="segmented__option">
          <input
            type="radio"
            name="layout"
            value={mode}
            checked={layout === mode}
            onChange={() => setLayout(mode)}
          />
          <span>{LAYOUT_LABELS[mode]}</span>
        </label>
      ))}
    </fieldset>
  );
}
