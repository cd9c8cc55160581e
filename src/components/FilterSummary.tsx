import './filter-summary.css';
import { useFilterMatch } from '../app/filter-context.ts';
import { dutyCount, officeCount } from '../model/format.ts';
import { MAX_QUERY_LENGTH } from '../search/match.ts';
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
        {offices === 0
          ? 'No duties match. Try fewer or shorter words, or clear the filters.'
          : `${officeCount(offices)} · ${dutyCount(match.matchedDuties)} match`}
        {match.truncated &&
          ` (only the first ${MAX_QUERY_LENGTH} characters of the filter are used)`}
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
                {index.byId.get(id)?.name ?? id}{' '}
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
