import { defaultRangeExtractor, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface WindowedRowsOptions {
  /** Rows in the list. */
  count: number;
  /** A row's height before it is measured, in CSS pixels. */
  estimate: number;
  /** Below this many rows every row is rendered (and the browser's Find sees them all). */
  threshold: number;
  /** A row to keep rendered even off screen, e.g. the one holding the focus. */
  keep?: number;
  /** Changes whenever what sits above the list may have changed height. */
  above?: string;
}

export interface WindowedRows<T extends HTMLElement> {
  /** For the list element; its nearest scrolling ancestor is what scrolls the rows. */
  listRef: RefObject<T | null>;
  /** Whether only the rows on screen are rendered. */
  windowed: boolean;
  /** The rows to render: every row when not windowed. */
  rows: readonly { index: number; start: number; size: number }[];
  /** The list's height when windowed (rows are placed at `start` inside it). */
  totalSize: number;
  /** For each rendered row's element (with `data-index`), so its real height is used. */
  measure: (element: HTMLElement | null) => void;
  /** Scrolls a row into view (it is rendered first if it was off screen). */
  scrollToRow: (index: number) => void;
}

const OVERSCAN = 6;
/** Rows a long list draws before it knows how tall its window is. */
const FIRST_ROWS = 40;

/**
 * Renders only the rows of a long list that are on screen (TanStack Virtual), measuring each
 * row as drawn, so a list of thousands scrolls smoothly. Lists shorter than `threshold` render
 * whole, as before. The list scrolls with its nearest scrolling ancestor, whatever sits above it.
 */
export function useWindowedRows<T extends HTMLElement>(
  options: WindowedRowsOptions,
): WindowedRows<T> {
  const { count, estimate, threshold, keep, above = '' } = options;
  const listRef = useRef<T>(null);
  const wanted = count > threshold;
  const [scroller, setScroller] = useState<{ element: HTMLElement; margin: number } | null>(null);

  // Where the list starts inside the scrolling element: the content above it may change size.
  useLayoutEffect(() => {
    const list = listRef.current;
    const element = wanted && list ? scrollParentOf(list) : null;
    const margin = element && list ? offsetWithin(list, element) : 0;
    // A measurement of the page, kept only when it changed.
    setScroller((current) =>
      element === current?.element && Math.abs(margin - (current?.margin ?? 0)) < 1
        ? current
        : element
          ? { element, margin }
          : null,
    );
  }, [wanted, count, above]);

  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) => {
      const indexes = defaultRangeExtractor(range);
      if (keep === undefined || keep < 0 || keep >= range.count || indexes.includes(keep)) {
        return indexes;
      }
      return [...indexes, keep].sort((a, b) => a - b);
    },
    [keep],
  );

  const windowed = wanted && scroller !== null;
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>({
    count,
    enabled: windowed,
    getScrollElement: () => scroller?.element ?? null,
    estimateSize: () => estimate,
    overscan: OVERSCAN,
    scrollMargin: scroller?.margin ?? 0,
    rangeExtractor,
  });

  const margin = scroller?.margin ?? 0;
  const rows: { index: number; start: number; size: number }[] = windowed
    ? virtualizer.getVirtualItems().map((item: VirtualItem) => ({
        index: item.index,
        start: item.start - margin,
        size: item.size,
      }))
    : // Before the scrolling element is known, a long list draws only its first screenful.
      Array.from({ length: wanted ? Math.min(count, FIRST_ROWS) : count }, (_, index) => ({
        index,
        start: 0,
        size: 0,
      }));

  const scrollToRow = useCallback(
    (index: number) => {
      if (windowed) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer, windowed],
  );

  return {
    listRef,
    windowed,
    rows,
    totalSize: windowed ? virtualizer.getTotalSize() : 0,
    measure: virtualizer.measureElement,
    scrollToRow,
  };
}

function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

function offsetWithin(element: HTMLElement, scroller: HTMLElement): number {
  return (
    element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
  );
}
