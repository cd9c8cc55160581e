import { useState } from 'react';
import { loadDefaultOrganization } from '../platform/load-default.ts';
import { forgetStoredFile } from '../platform/stored-organization.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';

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
