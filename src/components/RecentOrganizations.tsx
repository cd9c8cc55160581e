import './recent.css';
import { useEffect, useId, useRef, useState } from 'react';
import { formatCount } from '../model/format.ts';
import type { RecentEntry } from '../platform/org-storage.ts';
import { MAX_RECENT } from '../platform/org-storage.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';
import { ClockIcon } from './icons.tsx';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "Recent": the organisations opened in this browser (the last few), to open again or remove.
 * Opening a file, here or in another tab, never removes another one without being asked.
 */
export function RecentOrganizations() {
  const store = useOrgStoreApi();
  const shownId = useOrgStore((s) => (s.origin.kind === 'file' ? s.origin.recentId : undefined));
  const opening = useOrgStore((s) => s.opening !== null);
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<RecentEntry[] | null>(null);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const refresh = async () => {
    const { listKept } = await import('../platform/open-organization.ts');
    setEntries(await listKept());
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const reopen = async (entry: RecentEntry) => {
    setOpen(false);
    const { openRecent } = await import('../platform/open-organization.ts');
    await openRecent(entry, store.getState());
  };

  const remove = async (entry: RecentEntry) => {
    const { forgetKept } = await import('../platform/open-organization.ts');
    try {
      await forgetKept(entry.id);
      store.getState().showToast({
        kind: 'done',
        text:
          entry.id === shownId
            ? `Removed ${entry.fileName} from this browser; it stays on screen until you open another or reload.`
            : `Removed ${entry.fileName} from this browser.`,
        topic: 'recent',
      });
    } catch (error) {
      store
        .getState()
        .addNotices([
          `${entry.fileName} could not be removed: ${error instanceof Error ? error.message : String(error)}`,
        ]);
    }
    await refresh();
    buttonRef.current?.focus();
  };

  return (
    <div className="recent" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button toolbar-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={opening}
        onClick={() => {
          // Read afresh each time it opens: another tab may have opened or removed one.
          if (!open) void refresh();
          setOpen(!open);
        }}
      >
        <ClockIcon />
        <span className="toolbar-button__label">Recent</span>
      </button>
      {open && (
        <section className="recent__panel" id={panelId} aria-labelledby={`${panelId}-heading`}>
          <h2 id={`${panelId}-heading`}>Recent</h2>
          <p className="recent__note">
            The last {MAX_RECENT} organisations opened, kept in this browser only.
          </p>
          {entries === null ? (
            <p role="status">Reading…</p>
          ) : entries.length === 0 ? (
            <p>No files opened yet.</p>
          ) : (
            <ul className="recent__list">
              {entries.map((entry) => (
                <li key={entry.id} className="recent__item">
                  <div className="recent__text">
                    <button
                      type="button"
                      className="link-button recent__open"
                      aria-current={entry.id === shownId ? 'true' : undefined}
                      onClick={() => void reopen(entry)}
                    >
                      {entry.name}
                    </button>
                    <span className="recent__meta">
                      {entry.fileName} · {formatCount(entry.units, 'unit')} ·{' '}
                      {entry.id === shownId ? 'shown now' : when.format(entry.openedAt)}
                    </span>
                  </div>
                  <button
                    type="button"
                    className="button recent__remove"
                    aria-label={`Remove ${entry.fileName} from Recent`}
                    onClick={() => void remove(entry)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
