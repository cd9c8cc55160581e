import './open-dialog.css';
import { useRef, type MouseEvent } from 'react';
import { formatLabels, MAX_FILE_BYTES } from '../data/input-formats.ts';
import { RecentList } from './RecentList.tsx';

/** The spreadsheet template in `public/`, served beside the app wherever it is hosted. */
export const TEMPLATE_URL = `${import.meta.env.BASE_URL}organization-template.csv`;

interface OpenDialogProps {
  /** Opens the file picker; the dialog has closed by then. */
  onChoose(): void;
  /** The dialog has closed, whichever way. */
  onClose(): void;
}

/**
 * "Open organisation…": the organisations opened before (Recent), what files can be opened and
 * how to lay them out, a template to start from, and the button that opens the file picker. A
 * native modal dialog, so focus stays inside, Escape closes it and focus returns to the button
 * that opened it.
 */
export function OpenDialog({ onChoose, onClose }: OpenDialogProps) {
  // Closing the dialog itself (not unmounting it) returns focus to the button that opened it;
  // its close event then tells the owner.
  const dialogRef = useRef<HTMLDialogElement>(null);
  const close = (event: MouseEvent<HTMLElement>) => event.currentTarget.closest('dialog')?.close();

  return (
    <dialog
      ref={(element) => {
        dialogRef.current = element;
        // Shown as a modal once it is in the page: focus moves in and stays until it closes.
        if (element && !element.open) {
          element.showModal();
          // React's autoFocus runs before the dialog is modal; the main action takes focus here,
          // in the bar that stays in view, while the text starts at its top.
          element.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
          element.scrollTop = 0;
        }
      }}
      className="open-dialog"
      aria-labelledby="open-dialog-title"
      aria-describedby="open-dialog-lead"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself, outside its content.
        if (event.target === event.currentTarget) close(event);
      }}
    >
      <div className="open-dialog__body">
        <h2 id="open-dialog-title">Open an organisation</h2>
        <p id="open-dialog-lead">
          Choose a {formatLabels()} file from this device, up to {MAX_FILE_BYTES / (1024 * 1024)}{' '}
          MB. It is read in this browser and never uploaded. Nothing changes until the whole file
          reads without problems.
        </p>
        <RecentList onOpen={() => dialogRef.current?.close()} />
        <h3>Formats</h3>
        <dl className="open-dialog__formats">
          <dt>Spreadsheet: CSV, TSV or Excel (.csv, .tsv, .xlsx)</dt>
          <dd>
            A header row, then one row per unit or one row per duty, with the columns{' '}
            <strong>ID</strong>, <strong>Parent ID</strong>, <strong>Name</strong>,{' '}
            <strong>Duty number</strong> and <strong>Duty</strong>. Only Name is required. From
            Excel, the first sheet is read.
          </dd>
          <dt>JSON (.json)</dt>
          <dd>Units nested in their parents, or a flat list linked by parent ids.</dd>
          <dt>Text (.txt)</dt>
          <dd>
            Laid out like the source page: the organisation’s name, then each office’s name followed
            by its numbered duties (1. 2. 3., or in Chinese numbering).
          </dd>
        </dl>
        <p className="open-dialog__template">
          <a href={TEMPLATE_URL} download="organization-template.csv">
            Download the spreadsheet template (CSV)
          </a>{' '}
          — an example organisation with every column. Open it in a spreadsheet, put in your own
          units and duties, and save it as CSV or Excel.
        </p>
        <p className="open-dialog__tip">You can also drop a file anywhere on the page.</p>
        <div className="open-dialog__actions">
          <button
            type="button"
            className="button button--primary"
            data-autofocus
            onClick={(event) => {
              close(event);
              onChoose();
            }}
          >
            Choose file…
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
