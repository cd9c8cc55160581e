import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';
import { copyLinkHint, copyLinkMessage } from './copy-link-message.ts';
import { LinkIcon } from './icons.tsx';

/**
 * Copies the current view's URL and says, in the status toast, whether it worked — and, when
 * the user's own file is open, that others will see the built-in organisation instead.
 */
export function CopyLinkButton() {
  const store = useOrgStoreApi();
  const origin = useOrgStore((s) => s.origin);
  const copy = async () => {
    let copied = true;
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch {
      copied = false;
    }
    const text = copyLinkMessage(store.getState().origin, copied);
    store.getState().showToast({ kind: copied ? 'done' : 'error', text, topic: 'link' });
  };
  return (
    <button
      type="button"
      className="button toolbar-button toolbar-button--compact"
      onClick={() => void copy()}
      title={copyLinkHint(origin)}
    >
      <LinkIcon />
      <span className="toolbar-button__label">Copy link</span>
    </button>
  );
}
