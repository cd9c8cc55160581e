/**
 * A synchronous hint that the app will start with a file the user opened, not the default
 * organisation: the boot script cannot wait for IndexedDB before the first paint, and without
 * the hint the prerendered Center would flash before the user's own chart. The hint is what this
 * tab (or, in a new tab, the last one) showed: see `shown-organization.ts`.
 */
import { DEFAULT_SHOWN, shownAtStart } from './shown-organization.ts';

export function hasStoredFileMark(): boolean {
  const shown = shownAtStart();
  return shown !== null && shown !== DEFAULT_SHOWN;
}
