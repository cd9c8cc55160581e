import { useEffect, useMemo, useState } from 'react';
import type { Chart } from '../layout/chart.ts';
import { CARDS_PER_TASK, drawOrder, firstCards } from '../layout/draw-batches.ts';

/** Every card is drawn: the count once a new chart's batches are done. */
const ALL = Infinity;

/**
 * The part of the chart drawn so far. A chart that mounts with `batch` set and more than a batch
 * of cards is drawn a batch more each task (see `draw-batches.ts`), so opening a large file never
 * holds the page in one long task; after that, and for every later chart, all at once. Such a
 * chart starts with no cards: the first batch comes after the next frame, so the page's own
 * change for the new organisation (header, Outline, filter chips, the old chart's removal) is
 * laid out and painted in a task of its own, and the chart's mount measures a page already laid
 * out instead of forcing that layout inside its own task.
 */
export function useDrawBatches(chart: Chart, batch: boolean): { drawn: Chart; complete: boolean } {
  const [count, setCount] = useState(() =>
    batch && chart.nodes.length > CARDS_PER_TASK ? 0 : ALL,
  );
  const total = chart.nodes.length;
  const batching = count < total;
  const order = useMemo(() => (batching ? drawOrder(chart.layout.nodes) : null), [chart, batching]);
  useEffect(() => {
    if (!batching) return;
    const next = () => setCount((c) => (c + CARDS_PER_TASK >= total ? ALL : c + CARDS_PER_TASK));
    if (count > 0) {
      const timer = setTimeout(next, 0);
      return () => clearTimeout(timer);
    }
    // The first batch waits for a frame, so the page drawn for the new organisation is laid out
    // and painted in its own task before the chart mounts.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(next, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [batching, count, total]);
  const drawn = useMemo(
    () => (order ? firstCards(chart, order, count) : chart),
    [chart, order, count],
  );
  return { drawn, complete: !batching };
}
