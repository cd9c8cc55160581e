import { useEffect, useRef } from 'react';
import { dutyCount } from '../model/format.ts';
import type { Office } from '../model/organization.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectSelectedOffice } from '../store/selectors.ts';
import { focusNode } from './OrgChart.tsx';

/** The side panel for the selected unit: its name and its duties with the source's numbers. */
export function DutiesPanel() {
  const office = useOrgStore(selectSelectedOffice);
  const select = useOrgStore((s) => s.select);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!office) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      select(null);
      focusNode(office.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [office, select]);

  if (!office) return null;
  const close = () => {
    select(null);
    focusNode(office.id);
  };
  return (
    <aside className="duties-panel" aria-labelledby="duties-panel-heading">
      <div className="duties-panel__header">
        <h2 id="duties-panel-heading" ref={headingRef} tabIndex={-1}>
          {office.name}
        </h2>
        <button type="button" className="icon-button" onClick={close} aria-label="Close panel">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="duties-panel__summary">{dutyCount(office.duties.length)}</p>
      <DutyList office={office} />
    </aside>
  );
}

function DutyList({ office }: { office: Office }) {
  if (office.duties.length === 0) return <p>The source lists no duties for this unit.</p>;
  return (
    <ol className="duty-list" aria-label={`Duties of ${office.name}`}>
      {office.duties.map((duty, i) => {
        const previous = office.duties[i - 1]?.number ?? 0;
        const skipped = office.missingNumbers.filter((n) => n > previous && n < duty.number);
        return (
          <li key={`${duty.number}-${i}`} value={duty.number}>
            {skipped.length > 0 && (
              <p className="duty-list__gap">No item {skipped.join(', ')} in the source</p>
            )}
            {duty.text}
          </li>
        );
      })}
    </ol>
  );
}
