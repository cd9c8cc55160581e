/**
 * What the boot script leaves on `<html>` for the app (data attributes: small, inspectable and
 * readable before any module has loaded).
 */
import { hasStoredFileMark } from './stored-marker.ts';

/** `dataset` keys, camelCase (`data-first-view` in the markup). */
export const BOOT_STATE = {
  /** The boot script ran (the prerender's no-script fitting stops applying). */
  booted: 'booted',
  /** JSON of the `FirstView` the prerendered chart was fitted to. */
  firstView: 'firstView',
  /** The prerendered chart is hidden: the app will show another organisation or layout. */
  chartPending: 'chartPending',
  /** The id of a card clicked before the chart was interactive. */
  queuedSelection: 'queuedSelection',
  /** The chart is interactive; the boot script stops queueing clicks. */
  chartLive: 'chartLive',
} as const;

/**
 * Whether the page opens on the prerendered chart: the default organisation (no file the user
 * opened is waiting) in the compact layout the page was rendered in.
 */
export function startsWithPrerenderedChart(search: string): boolean {
  const layout = new URLSearchParams(search).get('layout');
  return !hasStoredFileMark() && (layout === null || layout === 'compact');
}
