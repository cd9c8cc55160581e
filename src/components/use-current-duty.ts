import { useEffect, useRef } from 'react';

/**
 * Brings the duty a link points at into view in the panel's list, each time the unit or the
 * duty changes. Focus follows only when it would otherwise be lost (the link that was pressed
 * has gone with the unit it was in), so reading from the keyboard carries on at the duty.
 */
export function useCurrentDuty<T extends HTMLElement>(unitId: string, dutyNumber: number | null) {
  const listRef = useRef<T>(null);
  useEffect(() => {
    if (dutyNumber === null) return;
    const item = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!item) return;
    // At once, as a browser jumps to a link's #fragment.
    item.scrollIntoView({ block: 'center' });
    const active = document.activeElement;
    if (active === null || active === document.body) item.focus({ preventScroll: true });
  }, [unitId, dutyNumber]);
  return listRef;
}
