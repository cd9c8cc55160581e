/**
 * Which organisation a tab shows, so a reload brings back the same one: this tab's own choice
 * (session storage, which a reload keeps and other tabs do not share), else, in a new tab, the
 * one opened last in any tab. Opening a file in one tab never changes what another tab shows.
 */
const THIS_TAB = 'orgscope:shown';
const LAST_ANY_TAB = 'orgscope:last-shown';

/** The built-in organisation, as a choice. */
export const DEFAULT_SHOWN = 'default';

function write(storage: () => Storage, key: string, value: string): void {
  try {
    storage().setItem(key, value);
  } catch {
    // Storage refused (private mode, a sandbox): the reload then shows the default.
  }
}

function readKey(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

/** Remembers what this tab shows: a kept organisation's id, or {@link DEFAULT_SHOWN}. */
export function rememberShown(id: string): void {
  write(() => sessionStorage, THIS_TAB, id);
  write(() => localStorage, LAST_ANY_TAB, id);
}

/** What this tab should show at start-up; null when nothing was ever chosen. */
export function shownAtStart(): string | null {
  return readKey(() => sessionStorage, THIS_TAB) ?? readKey(() => localStorage, LAST_ANY_TAB);
}
