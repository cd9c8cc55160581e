import { useId, useState } from 'react';
import { openKept } from '../platform/open-organization.ts';
import { DEFAULT_SHOWN, shownAtStart } from '../platform/shown-organization.ts';
import { markShowing } from '../platform/start-guard.ts';
import { STORAGE_PATIENCE } from '../platform/startup.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';

/**
 * After the app failed while showing a stored organisation, start-up shows the default instead;
 * this says so and offers to open the stored one again.
 */
export function StoredRetryNotice() {
  const store = useOrgStoreApi();
  const fileName = useOrgStore((s) => s.skippedStoredFile);
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (fileName === null) return null;
  const dismiss = () => store.getState().setSkippedStoredFile(null);
  const retry = async () => {
    setBusy(true);
    const key = shownAtStart();
    markShowing(fileName);
    const kept =
      key === null || key === DEFAULT_SHOWN
        ? null
        : await openKept(key, STORAGE_PATIENCE, (opening) =>
            store.getState().setOpening(opening),
          ).catch(() => null);
    dismiss();
    if (!kept) {
      markShowing(null);
      store.getState().addNotices([`${fileName} is no longer stored in this browser.`]);
      return;
    }
    store.getState().loadOrganization(kept.organization, kept.origin);
  };
  return (
    <div className="notice" role="alert">
      <p id={id}>
        Orgscope stopped working while showing {fileName} last time, so the default organisation is
        shown.
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        aria-describedby={id}
        onClick={() => void retry()}
      >
        Try {fileName} again
      </button>
      <button type="button" className="button button--secondary" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
