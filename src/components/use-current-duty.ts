import { useEffect } from 'react';

/**
 * Brings the duty a link points at into view in the panel's list, each time the unit or the
 * duty changes (focus moves there only from an "Also in" link: see `focusCurrentDuty`).
 */
export function useCurrentDuty(unitId: string, dutyNumber: number | null) {
  useEffect(() => {
    if (dutyNumber === null) return;
    const item = document.querySelector<HTMLElement>('.duty-list [aria-current="true"]');
    if (!item) return;
    // At once, as a browser jumps to a link's #fragment.
    item.scrollIntoView({ block: 'center' });
  }, [unitId, dutyNumber]);
}

/**
 * After an "Also in" link has opened another unit at a duty: focus goes to that duty, since the
 * link that was pressed has gone with the unit it was in, and reading carries on from there.
 */
export function focusCurrentDuty() {
  requestAnimationFrame(() => {
    const item = document.querySelector<HTMLElement>('.duty-list [aria-current="true"]');
    item?.focus({ preventScroll: true });
  });
}
