import { useShallow } from 'zustand/react/shallow';
import { formatCount } from '../model/format.ts';
import type { SharedWork } from '../search/counterparts.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { toSearchParams, viewOf } from '../store/url-state.ts';
import { useSharedWork } from '../view-state/counterparts.ts';

/**
 * "Shared work": the pairs of units (of those in the table) whose duties overlap most, each a
 * link to the first unit's closest duty on the chart, where the panel shows its counterpart.
 */
export function SharedWorkList({ unitIds }: { unitIds: readonly string[] }) {
  const pairs = useSharedWork(unitIds);
  return (
    <section className="shared-work" aria-labelledby="shared-work-heading">
      <h3 id="shared-work-heading">Shared work</h3>
      <p className="shared-work__lead">
        The units in the table whose duties say most nearly the same thing, by the words they share.
      </p>
      {pairs === null ? (
        <p className="shared-work__lead" role="status">
          Comparing duties…
        </p>
      ) : pairs.length === 0 ? (
        <p className="shared-work__lead">No two of these units have duties alike.</p>
      ) : (
        <ol className="shared-work__list">
          {pairs.map((pair) => (
            <SharedPair key={pair.unitIds.join(' ')} pair={pair} />
          ))}
        </ol>
      )}
    </section>
  );
}

function SharedPair({ pair }: { pair: SharedWork }) {
  const index = useOrgStore(selectIndex);
  const view = useOrgStore(useShallow(viewOf));
  const select = useOrgStore((s) => s.select);
  const [first] = pair.pairs;
  if (!first) return null;
  const [a, b] = pair.unitIds.map((id) => index.byId.get(id)?.name ?? id);
  const duty = index.byId.get(first.a.unitId)?.duties[first.a.dutyIndex];
  const href = `?${toSearchParams({
    ...view,
    viewMode: 'chart',
    selectedId: first.a.unitId,
    dutyNumber: first.a.number,
  }).toString()}`;
  return (
    <li>
      <a
        href={href}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          select(first.a.unitId, first.a.number);
        }}
      >
        {a} and {b}
      </a>
      <span className="shared-work__detail">
        {formatCount(pair.pairs.length, 'similar duty', 'similar duties')}
        {duty ? <>, such as “{shorten(duty.text)}”</> : null}
      </span>
    </li>
  );
}

/** The start of a duty, cut at a word, for a one-line example. */
function shorten(text: string, max = 110): string {
  if (text.length <= max) return text.replace(/[;.,]\s*$/, '');
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[;.,]\s*$/, '')}…`;
}
