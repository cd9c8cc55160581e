import { useState } from 'react';
import { LinkIcon } from './icons.tsx';

type Status = 'idle' | 'copied' | 'failed';

/** Copies the current view's URL, and says whether it worked. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 4000);
  };
  return (
    <>
      <button
        type="button"
        className="button toolbar-button toolbar-button--compact"
        onClick={() => void copy()}
        title="Copy link"
      >
        <LinkIcon />
        <span className="toolbar-button__label">Copy link</span>
      </button>
      <span className="toolbar-status" role="status">
        {status === 'copied' && 'Link copied'}
        {status === 'failed' && 'Could not copy: copy the address bar instead'}
      </span>
    </>
  );
}
