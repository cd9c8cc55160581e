import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';
import { copyLinkHint } from './copy-link-message.ts';
import { LinkIcon } from './icons.tsx';

/**
 * Copies the current view's URL and says, in the status toast, whether it worked — and, when
 * the user's own file is open, that others will see the built-in organisation instead.
 */
export function CopyLinkButton() {
  const store = useOrgStoreApi();
  const origin = useOrgStore((s) => s.origin);
  return (
    <button
      type="button"
      className="button toolbar-button toolbar-button--compact"
      onClick={() => {
        // The messages load with the first copy; the page's first load does not carry them.
        const href = window.location.href;
        void import('./copy-link.ts').then(({ copyLink }) => copyLink(store, href));
      }}
      title={copyLinkHint(origin)}
    >
      <LinkIcon />
      <span className="toolbar-button__label">Copy link</span>
    </button>
  );
}
