import { useEffect, useSyncExternalStore } from 'react';
import { applyTheme, onSystemThemeChange, storeTheme, systemTheme } from '../platform/theme.ts';
import { useOrgStore } from '../store/org-store.ts';
import { MoonIcon, SunIcon } from './icons.tsx';
import { useHydrated } from './use-hydrated.ts';

/** Switches between light and dark; follows the system until the user chooses, then remembers. */
export function ThemeToggle() {
  const chosen = useOrgStore((s) => s.theme);
  const setTheme = useOrgStore((s) => s.setTheme);
  // A prerendered page is drawn light; the stylesheet (and the boot script, for a stored choice)
  // already shows the right theme, and the button catches up once the page has hydrated.
  const system = useSyncExternalStore(onSystemThemeChange, systemTheme, () => 'light' as const);
  const theme = chosen ?? system;
  const hydrated = useHydrated();

  useEffect(() => {
    if (hydrated) applyTheme(theme);
  }, [theme, hydrated]);

  const toggle = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    // Choosing what the system already says means "follow the system" again.
    const choice = next === system ? null : next;
    setTheme(choice);
    storeTheme(choice);
  };
  return (
    <button
      type="button"
      className="button toolbar-button toolbar-button--compact"
      title="Dark theme"
      aria-pressed={theme === 'dark'}
      onClick={toggle}
    >
      {theme === 'dark' ? <MoonIcon /> : <SunIcon />}
      <span className="toolbar-button__label">Dark theme</span>
    </button>
  );
}
