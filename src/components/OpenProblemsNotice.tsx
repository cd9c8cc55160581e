import { formatCount } from '../model/format.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';

/** Why a file could not be opened: precise, dismissible, and the chart stays as it was. */
export function OpenProblemsNotice() {
  const openProblems = useOrgStore((s) => s.openProblems);
  const setOpenProblems = useOrgStore((s) => s.setOpenProblems);
  const units = useOrgStore((s) => selectIndex(s).order.length);
  if (!openProblems) return null;
  const shown = openProblems.problems.slice(0, 20);
  const more = openProblems.problems.length - shown.length;
  return (
    <section className="open-problems" role="alert" aria-labelledby="open-problems-heading">
      <div className="open-problems__header">
        <h2 id="open-problems-heading">{openProblems.fileName} could not be opened</h2>
        <button type="button" className="button" onClick={() => setOpenProblems(null)}>
          Dismiss
        </button>
      </div>
      <p>
        Nothing was changed: the chart still shows the organisation you had (
        {formatCount(units, 'unit')}).
      </p>
      <ul>
        {shown.map((problem, i) => (
          <li key={i}>
            <strong>{problem.where}:</strong> {problem.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p>…and {formatCount(more, 'more problem')}.</p>}
    </section>
  );
}
