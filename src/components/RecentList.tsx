import './recent.css';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { formatCount } from '../model/format.ts';
import type { RecentEntry } from '../platform/org-storage.ts';
import { MAX_RECENT } from '../platform/org-storage.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

interface RecentListProps {
  /** A kept organisation was chosen: the dialog closes while it opens. */
  onOpen(): void;
}

/** The kept organisations, newest first, or why they could not be read. */
async function readKept(): Promise<{ kept: RecentEntry[]; failure: string | null }> {
  try {
    const { listKept } = await import('../platform/open-organization.ts');
    return { kept: await listKept(), failure: null };
  } catch (error) {
    return { kept: [], failure: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * "Recent", at the top of the Open dialog: the organisations opened in this browser (the last
 * few), to open again or remove. Opening a file, here or in another tab, never removes another one
 * without being asked. Read afresh each time the dialog opens, since another tab may have opened
 * or removed one. Nothing shows until a file has been opened once.
 */
export function RecentList({ onOpen }: RecentListProps) {
  const store = useOrgStoreApi();
  const shownId = useOrgStore((s) => (s.origin.kind === 'file' ? s.origin.recentId : undefined));
  const [entries, setEntries] = useState<RecentEntry[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Said inside the dialog: while it is modal, the page's own status toast is out of reach.
  const [said, setSaid] = useState('');
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useRef<number | null>(null);

  const refresh = () =>
    readKept().then(({ kept, failure }) => {
      setEntries(kept);
      setFailed(failure);
    });

  useEffect(() => {
    let live = true;
    void readKept().then(({ kept, failure }) => {
      if (!live) return;
      setEntries(kept);
      setFailed(failure);
    });
    return () => {
      live = false;
    };
  }, []);

  const reopen = async (entry: RecentEntry) => {
    onOpen();
    const { openRecent } = await import('../platform/open-organization.ts');
    await openRecent(entry, store.getState());
  };

  const remove = async (entry: RecentEntry, index: number) => {
    const { forgetKept } = await import('../platform/open-organization.ts');
    try {
      await forgetKept(entry.id);
      setSaid(
        entry.id === shownId
          ? `Removed ${entry.fileName} from this browser; it stays on screen until you open another or reload.`
          : `Removed ${entry.fileName} from this browser.`,
      );
    } catch (error) {
      setSaid(
        `${entry.fileName} could not be removed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    focusAfterRemove.current = index;
    await refresh();
  };

  // Once the list has been drawn again, focus stays in it: on the entry that took the removed
  // one's place, else the one before it, else the dialog's main action.
  useLayoutEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('.recent__remove');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    const main = document.querySelector<HTMLElement>('dialog[open] [data-autofocus]');
    (next ?? main)?.focus();
  }, [entries]);

  if (failed) {
    return (
      <p className="recent__note" role="status">
        The organisations kept in this browser could not be read ({failed}).
      </p>
    );
  }
  if (entries === null || (entries.length === 0 && !said)) return null;
  return (
    <section className="recent" aria-labelledby={headingId}>
      <h3 id={headingId}>Recent</h3>
      <p className="recent__note">
        The last {MAX_RECENT} organisations opened, kept in this browser only.
      </p>
      <p className="recent__said" role="status">
        {said}
      </p>
      <ul className="recent__list" ref={listRef}>
        {entries.map((entry, index) => (
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
              onClick={() => void remove(entry, index)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
