import { useEffect, useSyncExternalStore } from 'react';
import { applyTheme, onSystemThemeChange, storeTheme, systemTheme } from '../platform/theme.ts';
import { useOrgStore } from '../store/org-store.ts';
import { MoonIcon, SunIcon } from './icons.tsx';

/** Switches between light and dark; follows the system until the user chooses, then remembers. */
export function ThemeToggle() {
  const chosen = useOrgStore((s) => s.theme);
  const setTheme = useOrgStore((s) => s.setTheme);
  const system = useSyncExternalStore(onSystemThemeChange, systemTheme);
  const theme = chosen ?? system;

  useEffect(() => applyTheme(theme), [theme]);

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
