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
import {
  planExport,
  pngAdvice,
  pngAdviceText,
  pngWarning,
  type PixelRatio,
  type PngAdvice,
} from '../export/geometry.ts';
import { posterSheets, type PosterPlan } from '../export/poster.ts';
import { CARD_METRICS } from '../layout/card-metrics.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';
import { DownloadIcon } from './icons.tsx';
import { runExportFormat } from './run-export-format.ts';

interface Item {
  id: string;
  label: ReactNode;
  role: 'menuitem' | 'menuitemradio' | 'menuitemcheckbox';
  checked?: boolean;
  /** Keeps the menu open after choosing (for the resolution and theme options). */
  keepOpen?: boolean;
  /** Drawn with a line above it, starting a group. */
  separator?: boolean;
  /** A line under the label saying what the choice will produce. */
  note?: string;
  /** What the item's file holds, shown under its label and read as its description. */
  hint?: string;
  run: () => void;
}

/** What each choice would produce for the chart as it is now (planned when the menu opens). */
interface Advice {
  png: PngAdvice[];
  poster: PosterPlan;
}

const ptFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

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
  const [advice, setAdvice] = useState<Advice | null>(null);
  const printLayout = useOrgStore((s) => s.printLayout);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const run = ({ format, matchingOnly }: ExportEntry) => {
    const context: ExportContext = {
      view: store.getState(),
      match,
      theme: matchTheme ? currentTheme() : 'light',
      pixelRatio,
      matchingOnly,
    };
    runExportFormat(store, context, format);
  };

  const png = advice?.png.find((a) => a.ratio === pixelRatio);
  const options: Item[] = [
    ...([1, 2, 3] as const).map((ratio): Item => {
      const size = advice?.png.find((a) => a.ratio === ratio);
      return {
        id: `ratio-${ratio}`,
        role: 'menuitemradio',
        checked: pixelRatio === ratio,
        keepOpen: true,
        label: `${ratio}× resolution${ratio === 2 ? ' (default)' : ''}`,
        note: size && `PNG: ${pngAdviceText(size)}`,
        run: () => setPixelRatio(ratio),
      };
    }),
    {
      id: 'theme',
      role: 'menuitemcheckbox',
      checked: matchTheme,
      keepOpen: true,
      label: 'Images in the current theme',
      run: () => setMatchTheme(!matchTheme),
    },
    {
      id: 'print-fit',
      role: 'menuitemradio',
      checked: printLayout === 'fit',
      keepOpen: true,
      separator: true,
      label: 'Print the chart on one page',
      note: advice ? `Names ${ptFormat.format(advice.poster.overview.namePt)} pt` : undefined,
      run: () => store.getState().setPrintLayout('fit'),
    },
    {
      id: 'print-poster',
      role: 'menuitemradio',
      checked: printLayout === 'poster',
      keepOpen: true,
      label: 'Print the chart as a poster',
      note: advice
        ? `${posterSheets(advice.poster)} A4 pages: an overview, then the chart on a ${advice.poster.columns} × ${advice.poster.rows} grid, names ${advice.poster.namePt} pt`
        : undefined,
      run: () => store.getState().setPrintLayout('poster'),
    },
  ];
  const items: Item[] = [
    ...options,
    ...exportEntries(EXPORT_FORMATS, match.active).map((entry): Item => ({
      id: entry.key,
      role: 'menuitem',
      label: entry.label,
      separator: entry.startsGroup,
      note: entry.key === 'png' && png ? (pngWarning(png) ?? pngAdviceText(png)) : undefined,
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
    // What each choice gives depends on the chart as shown now: planned afresh on each opening.
    const view = store.getState();
    void Promise.all([
      import('../export/run-export.ts'),
      import('../export/print-picture.ts'),
    ]).then(([{ preparePicture }, { planPrintPoster }]) => {
      const { request, picture } = preparePicture({ view, match, theme: 'light' }, new Date());
      setAdvice({
        png: pngAdvice(request, CARD_METRICS.name.size),
        poster: planPrintPoster(picture, planExport({ ...request, pixelRatio: 1 })),
      });
    });
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
              // The name is all the item shows, the choice then what it will produce (Label in
              // Name, WCAG 2.5.3: a speech user says what they see); the check mark is left out.
              aria-labelledby={[
                `${menuId}-${item.id}-label`,
                item.hint && `${menuId}-${item.id}-hint`,
                item.note && `${menuId}-${item.id}-note`,
              ]
                .filter(Boolean)
                .join(' ')}
              className="menu__item"
              data-separator={item.separator || undefined}
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
              <span className="menu__text">
                <span id={`${menuId}-${item.id}-label`}>{item.label}</span>
                {/* The lines are read as words apart, as the name joins them. */}
                {item.hint && (
                  <>
                    {' '}
                    <span id={`${menuId}-${item.id}-hint`} className="menu__hint">
                      {item.hint}
                    </span>
                  </>
                )}
                {item.note && (
                  <>
                    {' '}
                    <span id={`${menuId}-${item.id}-note`} className="menu__note">
                      {item.note}
                    </span>
                  </>
                )}
              </span>
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
