import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { acceptAttribute, formatLabels, MAX_FILE_BYTES } from '../data/input-formats.ts';
import { useOrgStoreApi } from '../store/org-store.ts';
import { FILE_CHOSEN_MARK } from '../performance-marks.mjs';
import { FolderIcon } from './icons.tsx';

const loadOpenDialog = () => import('./OpenDialog.tsx');
/** Loads when the pointer or focus reaches the button, so it is there by the click. */
const OpenDialog = lazy(() => loadOpenDialog().then((m) => ({ default: m.OpenDialog })));

const ACCEPT = acceptAttribute();
/** "a JSON or text file" and "(up to 100 MB)", from the input-format table and the size limit. */
const FILE_KIND = `a ${formatLabels()} file`;
const SIZE_LIMIT = `(up to ${MAX_FILE_BYTES / (1024 * 1024)} MB)`;

/**
 * "Open organisation…": a dialog naming the formats, with a template and the file picker, and
 * dropping a file anywhere on the page. Nothing changes until the file is valid; problems are
 * listed precisely, and the current chart stays.
 */
export function OpenOrganization() {
  const store = useOrgStoreApi();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [dialogOpen, setDialogOpen] = useState(false);

  const open = async (file: File) => {
    performance.mark(FILE_CHOSEN_MARK);
    setBusy(true);
    try {
      // The readers and their glue load when a file is chosen, not with the first page; the
      // progress floats over the chart while the worker reads.
      const { openOrganization } = await import('../platform/open-organization.ts');
      await openOrganization(file, store.getState());
    } finally {
      setBusy(false);
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
        onClick={() => setDialogOpen(true)}
        onPointerEnter={() => void loadOpenDialog()}
        onFocus={() => void loadOpenDialog()}
        aria-haspopup="dialog"
        title={`Open an organisation from ${FILE_KIND} ${SIZE_LIMIT}`}
        disabled={busy}
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
      {dialogOpen && (
        <Suspense fallback={null}>
          <OpenDialog
            onChoose={() => inputRef.current?.click()}
            onClose={() => setDialogOpen(false)}
          />
        </Suspense>
      )}
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
