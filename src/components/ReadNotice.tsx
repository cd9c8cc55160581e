import './chart-view.css';
import type { Point } from '../layout/layout-tree.ts';

/**
 * "Zoomed to read — Fit to see everything", floating over a chart that opened zoomed to read,
 * at the spot the view chose for it (where it covers no card). Loaded only when first needed.
 */
export function ReadNotice({ at, onFit }: { at: Point; onFit: () => void }) {
  return (
    <p className="chart-notice__body" style={{ left: at.x, top: at.y }}>
      <span>Zoomed to read —</span>{' '}
      <button type="button" className="link-button chart-notice__fit" onClick={onFit}>
        Fit to see everything
      </button>
    </p>
  );
}
