import './export-menu.css';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFilterMatch } from '../app/filter-context.ts';
import type * as RunExport from '../export/run-export.ts';
import type { PixelRatio } from '../export/geometry.ts';
import { useOrgStoreApi } from '../store/org-store.ts';
import { CloseIcon, DownloadIcon } from './icons.tsx';

type ExportModule = typeof RunExport;

/** Loads the export code (and nothing else) the first time the menu is opened. */
let exportModule: Promise<ExportModule> | null = null;
const loadExport = () => (exportModule ??= import('../export/run-export.ts'));

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

interface Item {
  id: string;
  label: ReactNode;
  role: 'menuitem' | 'menuitemradio' | 'menuitemcheckbox';
  checked?: boolean;
  /** Keeps the menu open after choosing (for the resolution and theme options). */
  keepOpen?: boolean;
  run: () => void;
}

/**
 * The Export menu, following the WAI-ARIA menu button pattern: Enter, Space or ArrowDown opens it,
 * arrow keys move, Escape closes it and returns focus to the button.
 */
export function ExportMenu() {
  const store = useOrgStoreApi();
  const match = useFilterMatch();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [pixelRatio, setPixelRatio] = useState<PixelRatio>(2);
  const [matchTheme, setMatchTheme] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const run = (label: string, task: (module: ExportModule) => Promise<string>) => {
    setStatus({ kind: 'busy', message: `Preparing ${label}…` });
    loadExport()
      .then(task)
      .then(
        (message) => setStatus({ kind: 'done', message }),
        (error: unknown) =>
          setStatus({
            kind: 'error',
            message: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
          }),
      );
  };

  const context = () => ({
    state: store.getState(),
    match,
    theme: matchTheme ? currentTheme() : ('light' as const),
  });

  const items: Item[] = [
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
    {
      id: 'png',
      role: 'menuitem',
      label: 'PNG image',
      run: () => run('the PNG image', (m) => m.exportPng({ ...context(), pixelRatio })),
    },
    {
      id: 'svg',
      role: 'menuitem',
      label: 'SVG image (vector)',
      run: () => run('the SVG image', (m) => m.exportSvg(context())),
    },
    {
      id: 'print',
      role: 'menuitem',
      label: 'Print or save as PDF…',
      run: () => run('the printable handbook', (m) => m.printHandbook(context())),
    },
    ...(['csv', 'json'] as const).flatMap((format): Item[] => [
      {
        id: `${format}-all`,
        role: 'menuitem',
        label: `${format.toUpperCase()}: all duties`,
        run: () =>
          run(`the ${format.toUpperCase()} file`, (m) => m.exportData(format, context(), false)),
      },
      ...(match.active
        ? [
            {
              id: `${format}-matching`,
              role: 'menuitem' as const,
              label: `${format.toUpperCase()}: matching duties only`,
              run: () =>
                run(`the ${format.toUpperCase()} file`, (m) =>
                  m.exportData(format, context(), true),
                ),
            },
          ]
        : []),
    ]),
  ];

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
    void loadExport();
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
        onClick={() => (open ? setOpen(false) : openMenu(4))}
        onKeyDown={onButtonKeyDown}
        onPointerEnter={() => void loadExport()}
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
              data-separator={item.id === 'png' || item.id === 'print' || undefined}
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
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div className="export-status" role="status" data-kind={status.kind}>
        {(status.kind === 'busy' || status.kind === 'done') && status.message}
      </div>
      <div className="export-status" role="alert" data-kind={status.kind}>
        {status.kind === 'error' && status.message}
      </div>
      {(status.kind === 'done' || status.kind === 'error') && (
        <button
          type="button"
          className="export-status__close"
          aria-label="Dismiss export message"
          onClick={() => setStatus({ kind: 'idle' })}
        >
          <CloseIcon />
        </button>
      )}
    </div>
  );
}

function currentTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
