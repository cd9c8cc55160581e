import './opening.css';
import type { OpeningProgress } from '../store/org-store.ts';
import { openingPercent, openingPhaseText } from './opening-text.ts';

/**
 * A file's opening as a progress bar with its percentage and what is happening. Only the phase is
 * announced (a percentage read out every step would drown everything else).
 */
export function OpeningProgressBar({ opening }: { opening: OpeningProgress }) {
  const percent = openingPercent(opening);
  const phase = openingPhaseText(opening);
  return (
    <div className="opening">
      <p className="opening__title">Opening {opening.fileName}</p>
      <progress
        className="opening__bar"
        max={100}
        value={percent}
        aria-label={`Opening ${opening.fileName}`}
        aria-valuetext={`${percent}%, ${phase}`}
      />
      <p className="opening__phase" aria-hidden="true">
        <span className="opening__percent">{percent}%</span> · {phase}
      </p>
      <p className="visually-hidden" role="status">
        {phase}
      </p>
    </div>
  );
}
