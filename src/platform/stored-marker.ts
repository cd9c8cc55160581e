/**
 * A synchronous hint that the app will start with a file the user opened, not the default
 * organisation: the boot script cannot wait for IndexedDB before the first paint, and without
 * the hint the prerendered Center would flash before the user's own chart.
 */
const KEY = 'orgscope:opened-file';

export function markStoredFile(present: boolean) {
  try {
    if (present) window.localStorage.setItem(KEY, '1');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Without storage there is no stored file either.
  }
}

export function hasStoredFileMark(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
