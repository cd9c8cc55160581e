import { dutyCount, officeCount } from '../model/format.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectSelectedOffice } from '../store/selectors.ts';

/** Tells screen-reader users politely what is now selected. */
export function SelectionAnnouncer() {
  const office = useOrgStore(selectSelectedOffice);
  const isRoot = useOrgStore((s) => s.selectedId === s.organization.root.id);
  let message = '';
  if (office) {
    message = isRoot
      ? `${office.name} selected: overview of ${officeCount(office.children.length)}.`
      : `${office.name} selected: ${dutyCount(office.duties.length)}.`;
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
