import type { ReactNode } from 'react';
import { useWindowedRows } from './use-windowed-rows.ts';

/** A duty's height before it is measured: two or three lines and its tags. */
const ROW_ESTIMATE = 96;
/**
 * Units with up to this many duties (every unit of the Center has under 20) draw them all, so the
 * browser's Find sees every duty; longer lists draw only the duties on screen.
 */
const WINDOW_FROM = 60;

/** What each drawn row's `<li>` must carry so the list can place and measure it. */
export interface DutyRowProps {
  'data-index': number;
  ref?: (element: HTMLElement | null) => void;
  'aria-setsize'?: number;
  'aria-posinset'?: number;
}

/**
 * The ordered list of a unit's duties, drawing only the rows on screen when there are many (a
 * unit may hold 1,000 duties of 5,000 characters, and each match is a `<mark>`). Each drawn row
 * tells assistive technology its place in the whole list.
 */
export function DutyRows({
  label,
  count,
  above,
  children,
}: {
  label: string;
  count: number;
  /** Whether the filter's summary shows above the list (it moves the list down). */
  above: boolean;
  children: (position: number, rowProps: DutyRowProps) => ReactNode;
}) {
  const { listRef, windowed, rows, totalSize, measure } = useWindowedRows<HTMLOListElement>({
    count,
    estimate: ROW_ESTIMATE,
    threshold: WINDOW_FROM,
    above: String(above),
  });
  const first = rows[0];
  const last = rows.at(-1);
  const style =
    windowed && first && last
      ? { paddingTop: first.start, paddingBottom: totalSize - (last.start + last.size) }
      : undefined;
  return (
    <ol
      ref={listRef}
      className="duty-list"
      aria-label={label}
      data-windowed={windowed || undefined}
      style={style}
    >
      {rows.map(({ index }) =>
        children(
          index,
          windowed
            ? {
                'data-index': index,
                ref: measure,
                'aria-setsize': count,
                'aria-posinset': index + 1,
              }
            : { 'data-index': index },
        ),
      )}
    </ol>
  );
}
