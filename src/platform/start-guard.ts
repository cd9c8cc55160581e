/**
 * Remembers whether the app ran fine while showing a stored organisation, so a file that makes
 * the app fail (or the tab crash) does not fail every start: the next start opens the default
 * organisation instead and offers to try the stored one again. One small record in
 * localStorage; when storage is unavailable nothing is guarded and nothing breaks.
 */
const KEY = 'orgscope.start';

/** How the last start went: still starting (or crashed before running fine), fine, or failed. */
type StartState = 'starting' | 'fine' | 'failed';

interface StartRecord {
  state: StartState;
  /** The stored file being shown; absent while the default organisation is shown. */
  fileName?: string;
}

function read(): StartRecord | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { state, fileName } = value as Partial<StartRecord>;
    if (state !== 'starting' && state !== 'fine' && state !== 'failed') return null;
    return typeof fileName === 'string' ? { state, fileName } : { state };
  } catch {
    return null;
  }
}

function write(record: StartRecord): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // Private mode or full storage: the guard is a convenience, never a reason to fail.
  }
}

/**
 * The stored file the app was showing when it last failed or stopped before running fine, or
 * null when the last start with a stored file went well (or there was none).
 */
export function storedFileThatFailed(): string | null {
  const record = read();
  return record && record.state !== 'fine' && record.fileName !== undefined
    ? record.fileName
    : null;
}

/** Call as an organisation is about to be shown: a stored file's name, or null for the default. */
export function markShowing(fileName: string | null): void {
  write(fileName === null ? { state: 'fine' } : { state: 'starting', fileName });
}

/** Call once the chart has been on screen a moment without failing. */
export function markRunningFine(): void {
  const record = read();
  if (record?.state === 'starting') write({ ...record, state: 'fine' });
}

/** Call when the chart failed: the next start opens the default organisation. */
export function markFailed(): void {
  const record = read();
  if (record?.fileName !== undefined) write({ ...record, state: 'failed' });
}
