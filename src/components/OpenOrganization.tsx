import { useEffect, useRef, useState } from 'react';
import { loadDefaultOrganization } from '../app/load-default.ts';
import { acceptAttribute, formatLabels, MAX_FILE_BYTES } from '../data/input-formats.ts';
import { formatCount } from '../model/format.ts';
import { openOrganization } from '../platform/open-organization.ts';
import { forgetStoredFile } from '../platform/stored-organization.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { FolderIcon } from './icons.tsx';

const ACCEPT = acceptAttribute();
/** "a JSON or text file" and "(up to 5 MB)", from the input-format table and the size limit. */
const FILE_KIND = `a ${formatLabels()} file`;
const SIZE_LIMIT = `(up to ${MAX_FILE_BYTES / (1024 * 1024)} MB)`;

/**
 * "Open organisation…": a file picker, and dropping a file anywhere on the page. Nothing changes
 * until the file is valid; problems are listed precisely, and the current chart stays.
 */
export function OpenOrganization() {
  const store = useOrgStoreApi();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const open = async (file: File) => {
    setBusy(`Opening ${file.name}…`);
    try {
      await openOrganization({ picked: file }, store.getState());
    } finally {
      setBusy(null);
    }
  };

  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void open(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
    // `open` only reads the store through its API, so the listeners never go stale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <button
        type="button"
        className="button toolbar-button"
        onClick={() => inputRef.current?.click()}
        title={`Open an organisation from ${FILE_KIND} ${SIZE_LIMIT}`}
        disabled={busy !== null}
      >
        <FolderIcon />
        <span className="toolbar-button__label">Open organisation…</span>
      </button>
      <input
        ref={inputRef}
        className="visually-hidden"
        type="file"
        accept={ACCEPT}
        aria-label="Open organisation file"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
      <span className="toolbar-status" role="status">
        {busy}
      </span>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>
            Drop {FILE_KIND} to open it {SIZE_LIMIT}
          </p>
        </div>
      )}
    </>
  );
}

/** Shown while a user's organisation is open: the way back to the built-in one. */
export function BackToDefault() {
  const store = useOrgStoreApi();
  const origin = useOrgStore((s) => s.origin);
  const [busy, setBusy] = useState(false);
  if (origin.kind !== 'file') return null;
  const back = async () => {
    setBusy(true);
    try {
      const organization = await loadDefaultOrganization();
      await forgetStoredFile();
      store.getState().loadOrganization(organization, { kind: 'default' });
    } catch (error) {
      store.getState().addNotices([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="app-header__origin">
      From {origin.fileName} ·{' '}
      <button type="button" className="link-button" disabled={busy} onClick={() => void back()}>
        Back to the Shanghai Provident Fund Management Center
      </button>
    </p>
  );
}

/** Why a file could not be opened: precise, dismissible, and the chart stays as it was. */
export function OpenProblemsNotice() {
  const openProblems = useOrgStore((s) => s.openProblems);
  const setOpenProblems = useOrgStore((s) => s.setOpenProblems);
  const units = useOrgStore((s) => selectIndex(s).order.length);
  if (!openProblems) return null;
  const shown = openProblems.problems.slice(0, 20);
  const more = openProblems.problems.length - shown.length;
  return (
    <section className="open-problems" role="alert" aria-labelledby="open-problems-heading">
      <div className="open-problems__header">
        <h2 id="open-problems-heading">{openProblems.fileName} could not be opened</h2>
        <button type="button" className="button" onClick={() => setOpenProblems(null)}>
          Dismiss
        </button>
      </div>
      <p>
        Nothing was changed: the chart still shows the organisation you had (
        {formatCount(units, 'unit')}).
      </p>
      <ul>
        {shown.map((problem, i) => (
          <li key={i}>
            <strong>{problem.where}:</strong> {problem.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p>…and {formatCount(more, 'more problem')}.</p>}
    </section>
  );
}
