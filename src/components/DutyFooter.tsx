import './duty-footer.css';
import { useShallow } from 'zustand/react/shallow';
import type { Duty, Office } from '../model/organization.ts';
import type { Counterpart } from '../search/counterparts.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { DEFAULT_VIEW, toSearchParams, viewOf, withView } from '../store/url-state.ts';
import { copyLink } from './copy-link.ts';
import { LinkIcon } from './icons.tsx';
import { focusCurrentDuty } from './use-current-duty.ts';

/**
 * Under one duty in the panel: where else the same work is done ("Also in: Loan Management
 * Office 8", each a link that opens that unit at that duty) and a button copying a link to this
 * duty alone.
 */
export function DutyFooter({
  office,
  duty,
  counterparts,
  total,
}: {
  office: Office;
  duty: Duty;
  /** The closest counterparts, best first; null while they are still being worked out. */
  counterparts: readonly Counterpart[] | null;
  /** How many counterparts there are in all. */
  total: number;
}) {
  const store = useOrgStoreApi();
  const index = useOrgStore(selectIndex);
  const view = useOrgStore(useShallow(viewOf));
  const select = useOrgStore((s) => s.select);
  const copy = async () => {
    const state = store.getState();
    // A link to the duty alone: the filters of this moment would only hide or dim it.
    const query = withView(window.location.search, {
      ...DEFAULT_VIEW,
      layout: state.layout,
      selectedId: office.id,
      dutyNumber: duty.number,
    });
    const href = `${window.location.origin}${window.location.pathname}?${query}`;
    const copied = await copyLink(store, href, `duty ${duty.number}`);
    // Then the address bar holds the link, for copying by hand.
    if (!copied) select(office.id, duty.number);
  };
  const shown = counterparts ?? [];
  return (
    <div className="duty-footer">
      {shown.length > 0 && (
        <p className="duty-footer__also">
          <span className="duty-footer__also-label">Also in:</span>{' '}
          {shown.map((c, i) => {
            const unit = index.byId.get(c.unitId);
            const name = unit?.name ?? c.unitId;
            return (
              <span key={`${c.unitId}-${c.dutyIndex}`}>
                {i > 0 && ', '}
                <a
                  href={`?${toSearchParams({ ...view, selectedId: c.unitId, dutyNumber: c.number }).toString()}`}
                  title={unit?.duties[c.dutyIndex]?.text}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
                      return;
                    event.preventDefault();
                    select(c.unitId, c.number);
                    focusCurrentDuty();
                  }}
                >
                  {name} <span className="visually-hidden">duty </span>
                  {c.number}
                </a>
              </span>
            );
          })}
          {total > shown.length && ` and ${total - shown.length} more`}
        </p>
      )}
      <button type="button" className="link-button duty-footer__copy" onClick={() => void copy()}>
        <LinkIcon />
        Copy link<span className="visually-hidden"> to duty {duty.number}</span>
      </button>
    </div>
  );
}
