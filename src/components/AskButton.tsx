import { useOrgStore } from '../store/org-store.ts';
import { QuestionIcon } from './icons.tsx';

/** The id of the question box the button opens, and of the button focus returns to. */
export const QUESTION_PANEL_ID = 'question-panel';
export const ASK_BUTTON_ID = 'ask-button';

/**
 * Opens the question box. It sits in the filter bar, beside "Filter duties": that is where people
 * look to find who does what, and side by side the two say how they differ (the filter finds the
 * words you type; the question box answers in your own words). Below 1280px it reads "Ask".
 */
export function AskButton() {
  const asking = useOrgStore((s) => s.asking);
  const setAsking = useOrgStore((s) => s.setAsking);
  return (
    <button
      type="button"
      id={ASK_BUTTON_ID}
      className="button filter-bar__ask"
      aria-expanded={asking}
      aria-controls={asking ? QUESTION_PANEL_ID : undefined}
      // One name at every width, though a phone shows only "Ask".
      aria-label="Ask: who handles…?"
      onClick={() => setAsking(!asking)}
    >
      <QuestionIcon />
      <span>
        Ask<span className="filter-bar__ask-more">: who handles…?</span>
      </span>
    </button>
  );
}
