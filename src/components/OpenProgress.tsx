import { cancelOpening } from '../platform/open-organization.ts';
import { useOrgStore } from '../store/org-store.ts';
import { OpeningProgressBar } from './OpeningProgressBar.tsx';

/** While a file opens: its progress over the chart, and Cancel, which leaves the chart as it was. */
export function OpenProgress() {
  const opening = useOrgStore((s) => s.opening);
  const showToast = useOrgStore((s) => s.showToast);
  if (!opening) return null;
  return (
    <section className="open-progress" aria-label={`Opening ${opening.fileName}`}>
      <OpeningProgressBar opening={opening} />
      <button
        type="button"
        className="button"
        onClick={() => {
          cancelOpening();
          showToast({
            kind: 'done',
            text: `Stopped opening ${opening.fileName}; the chart is as it was.`,
            topic: 'open',
          });
        }}
      >
        Cancel
      </button>
    </section>
  );
}
