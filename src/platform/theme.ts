import type { Theme } from '../palette/theme.ts';

const STORAGE_KEY = 'orgscope:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme the user chose earlier, or null to follow the system. */
export function readStoredTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage can be blocked (private modes, policies); then the system setting applies.
    return null;
  }
}

export function storeTheme(theme: Theme | null) {
  try {
    if (theme) window.localStorage.setItem(STORAGE_KEY, theme);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembered across visits, but the choice still applies now.
  }
}

export function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Calls back when the system's light/dark setting changes. */
export function onSystemThemeChange(callback: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}

export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  // The browser's bar (and an installed app's title bar) continues the header in either theme.
  // A probe resolves the light-dark() token into the plain colour a theme-color needs.
  const probe = document.createElement('span');
  probe.style.color = 'var(--surface)';
  document.documentElement.append(probe);
  const header = getComputedStyle(probe).color;
  probe.remove();
  // Both system-theme variants: a chosen theme holds whatever the system's setting.
  if (header) {
    for (const meta of document.querySelectorAll('meta[name="theme-color"]')) {
      meta.setAttribute('content', header);
    }
  }
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
