import './export-menu.css';
import type { Theme } from '../palette/theme.ts';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFilterMatch } from '../view-state/filter-context.ts';
import {
  EXPORT_FORMATS,
  exportEntries,
  prefetchRunners,
  type ExportContext,
  type ExportEntry,
} from '../export/formats.ts';
import type { PixelRatio } from '../export/geometry.ts';
import { useOrgStoreApi } from '../store/org-store.ts';
import { DownloadIcon } from './icons.tsx';

interface Item {
  id: string;
  label: ReactNode;
  role: 'menuitem' | 'menuitemradio' | 'menuitemcheckbox';
  checked?: boolean;
  /** Keeps the menu open after choosing (for the resolution and theme options). */
  keepOpen?: boolean;
  /** Drawn with a line above it, starting a group. */
  separator?: boolean;
  /** What the item's file holds, shown under its label and read as its description. */
  hint?: string;
  run: () => void;
}

const TOPIC = 'export';

/**
 * The Export menu, following the WAI-ARIA menu button pattern: Enter, Space or ArrowDown opens it,
 * arrow keys move, Escape closes it and returns focus to the button. Its items come from the
 * export-format table; what an export reports shows in the status toast.
 */
export function ExportMenu() {
  const store = useOrgStoreApi();
  const match = useFilterMatch();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [pixelRatio, setPixelRatio] = useState<PixelRatio>(2);
  const [matchTheme, setMatchTheme] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const run = ({ format, matchingOnly }: ExportEntry) => {
    const { showToast } = store.getState();
    const context: ExportContext = {
      view: store.getState(),
      match,
      theme: matchTheme ? currentTheme() : 'light',
      pixelRatio,
      matchingOnly,
    };
    showToast({ kind: 'busy', text: `Preparing ${format.noun}…`, topic: TOPIC });
    format
      .load()
      .then((runner) => runner(context, format))
      .then(
        (outcome) => {
          if (outcome.kind === 'print') {
            store.getState().startPrint({ startedAt: new Date().toISOString(), source: 'menu' });
          }
          showToast({ kind: 'done', text: outcome.message, topic: TOPIC });
        },
        (error: unknown) =>
          showToast({
            kind: 'error',
            text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
            topic: TOPIC,
          }),
      );
  };

  const options: Item[] = [
    ...([1, 2, 3] as const).map((ratio): Item => ({
      id: `ratio-${ratio}`,
      role: 'menuitemradio',
      checked: pixelRatio === ratio,
      keepOpen: true,
      label: `${ratio}× resolution${ratio === 2 ? ' (default)' : ''}`,
      run: () => setPixelRatio(ratio),
    })),
    {
      id: 'theme',
      role: 'menuitemcheckbox',
      checked: matchTheme,
      keepOpen: true,
      label: 'Images in the current theme',
      run: () => setMatchTheme(!matchTheme),
    },
  ];
  const items: Item[] = [
    ...options,
    ...exportEntries(EXPORT_FORMATS, match.active).map((entry): Item => ({
      id: entry.key,
      role: 'menuitem',
      label: entry.label,
      separator: entry.startsGroup,
      ...(entry.hint ? { hint: entry.hint } : {}),
      run: () => run(entry),
    })),
  ];
  /** The menu opens on its first export, past the options. */
  const firstExport = options.length;

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openMenu = (index: number) => {
    prefetchRunners();
    setActive(index);
    setOpen(true);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = items.length - 1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => setActive(active === last ? 0 : active + 1),
      ArrowUp: () => setActive(active === 0 ? last : active - 1),
      Home: () => setActive(0),
      End: () => setActive(last),
      Escape: () => {
        setOpen(false);
        buttonRef.current?.focus();
      },
      Tab: () => setOpen(false),
    };
    const action = keys[event.key];
    if (!action) return;
    if (event.key !== 'Tab') event.preventDefault();
    // Escape here must not also close the duties panel.
    event.stopPropagation();
    action();
  };

  const choose = (item: Item, index: number) => {
    setActive(index);
    item.run();
    if (item.keepOpen) return;
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button toolbar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openMenu(firstExport))}
        onKeyDown={onButtonKeyDown}
        onPointerEnter={() => prefetchRunners()}
      >
        <DownloadIcon />
        <span className="toolbar-button__label">Export</span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          className="menu"
          role="menu"
          aria-label="Export"
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item, index) => (
            <li
              key={item.id}
              role={item.role}
              aria-checked={item.role === 'menuitem' ? undefined : item.checked}
              tabIndex={index === active ? 0 : -1}
              className="menu__item"
              data-separator={item.separator || undefined}
              aria-describedby={item.hint ? `${menuId}-${item.id}-hint` : undefined}
              onClick={() => choose(item, index)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(item, index);
                }
              }}
            >
              {item.role !== 'menuitem' && (
                <span className="menu__check" aria-hidden="true">
                  {item.checked ? (item.role === 'menuitemradio' ? '●' : '✓') : ''}
                </span>
              )}
              {item.hint ? (
                <span className="menu__text">
                  {item.label}
                  {/* Hidden from the name, which stays the label; it is the item's description. */}
                  <span id={`${menuId}-${item.id}-hint`} className="menu__hint" aria-hidden="true">
                    {item.hint}
                  </span>
                </span>
              ) : (
                item.label
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
