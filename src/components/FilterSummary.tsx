import './filter-summary.css';
import { useFilterMatch } from '../view-state/filter-context.ts';
import { officeCount } from '../model/format.ts';
import { resultSummary } from '../search/filter-text.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';

/** The matching offices listed as buttons; beyond this the list would be more noise than help. */
const MAX_LISTED = 40;

/** "N offices · M duties match", and the matching offices, each selecting its node. */
export function FilterSummary() {
  const match = useFilterMatch();
  const index = useOrgStore(selectIndex);
  const select = useOrgStore((s) => s.select);
  const selectedId = useOrgStore((s) => s.selectedId);
  if (!match.active) return null;
  const offices = match.matchedOfficeIds.length;
  return (
    <section className="filter-summary" aria-label="Filter results">
      <p className="filter-summary__count" role="status">
        {resultSummary(match)}
      </p>
      {offices > 0 && (
        <ul className="filter-summary__offices" aria-label="Matching offices">
          {match.matchedOfficeIds.slice(0, MAX_LISTED).map((id) => (
            <li key={id}>
              <button
                type="button"
                className="summary-link"
                aria-current={id === selectedId || undefined}
                onClick={() => select(id)}
              >
                <span className="summary-link__name">{index.byId.get(id)?.name ?? id}</span>{' '}
                <span className="summary-link__count">
                  {match.offices.get(id)?.matched ?? 0}
                  <span className="visually-hidden">
                    {(match.offices.get(id)?.matched ?? 0) === 1
                      ? ' duty matches'
                      : ' duties match'}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {offices > MAX_LISTED && (
        <p className="filter-summary__more">
          and {officeCount(offices - MAX_LISTED)} more: narrow the filter, or see the counts in the
          chart and the Outline
        </p>
      )}
    </section>
  );
}
