import { LAYOUT_LABELS, LAYOUT_MODES } from '../layout/layout-tree.ts';
import { useOrgStore } from '../store/org-store.ts';
import { LayoutIcon } from './icons.tsx';

/** The layout choice as a group of radio buttons styled as a segmented control. */
export function LayoutSwitch() {
  const layout = useOrgStore((s) => s.layout);
  const setLayout = useOrgStore((s) => s.setLayout);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Layout</legend>
      {LAYOUT_MODES.map((mode) => (
        <label key={mode} className="segmented__option" title={LAYOUT_LABELS[mode]}>
          <input
            type="radio"
            name="layout"
            value={mode}
            checked={layout === mode}
            onChange={() => setLayout(mode)}
          />
          <span>
            <span className="segmented__icon">
              <LayoutIcon mode={mode} />
            </span>
            <span className="segmented__label">{LAYOUT_LABELS[mode]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
