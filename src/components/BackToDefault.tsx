import { useState } from 'react';
import { loadDefaultOrganization } from '../platform/load-default.ts';
import { releaseShownReader } from '../platform/open-organization.ts';
import { DEFAULT_SHOWN, rememberShown } from '../platform/shown-organization.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';

/**
 * Shown while a user's organisation is open: the way back to the built-in one. The file stays
 * under "Recent" (another tab may be showing it), so nothing is lost by going back.
 */
export function BackToDefault() {
  const store = useOrgStoreApi();
  const origin = useOrgStore((s) => s.origin);
  const [busy, setBusy] = useState(false);
  if (origin.kind !== 'file') return null;
  const back = async () => {
    setBusy(true);
    try {
      const organization = await loadDefaultOrganization();
      rememberShown(DEFAULT_SHOWN);
      store.getState().loadOrganization(organization, { kind: 'default' });
      releaseShownReader();
    } catch (error) {
      store.getState().addNotices([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="app-header__origin">
      From {origin.fileName} ·{' '}
      <button
        type="button"
        className="link-button"
        disabled={busy}
        // The line may cut the name short on a narrow screen; the tooltip gives it whole.
        title="Back to the Shanghai Provident Fund Management Center"
        onClick={() => void back()}
      >
        Back to the Shanghai Provident Fund Management Center
      </button>
    </p>
  );
}
