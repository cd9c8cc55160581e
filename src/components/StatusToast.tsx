import './notices.css';
import { useEffect, useState } from 'react';
import { reloadToUpdate } from '../platform/offline.ts';
import { useOrgStore } from '../store/org-store.ts';
import { CloseIcon } from './icons.tsx';
import { toastDuration } from './toast-timing.ts';

/** What the update prompt says; its button says "Reload". */
export const UPDATE_READY_TEXT = 'A new version is ready.';

/**
 * The message about what the user just did (an export, a copied link), floating over the foot of
 * the page so it never reflows the header or the chart. Progress and success are announced
 * politely; success goes by itself (not while the pointer or focus is on it), errors are alerts
 * that stay until dismissed. Escape dismisses it.
 *
 * While no such message shows, it offers a waiting new version of the app ("A new version is
 * ready", Reload): it stays until the user reloads or dismisses it, and comes back after any
 * message that replaced it for a moment. The app never reloads by itself.
 */
export function StatusToast() {
  const toast = useOrgStore((s) => s.toast);
  const dismiss = useOrgStore((s) => s.dismissToast);
  const updateReady = useOrgStore((s) => s.updateReady);
  const setUpdateReady = useOrgStore((s) => s.setUpdateReady);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [reloading, setReloading] = useState(false);
  const update = !toast && updateReady;

  useEffect(() => {
    if (toast?.kind !== 'done' || hovered || focused) return;
    const timer = window.setTimeout(() => dismiss(toast), toastDuration(toast.text));
    return () => window.clearTimeout(timer);
  }, [toast, hovered, focused, dismiss]);

  useEffect(() => {
    if (!(toast && toast.kind !== 'busy') && !update) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || ownsEscape(event.target)) return;
      // Marked as handled, so the same Escape does not also close the duties panel.
      event.preventDefault();
      if (toast) dismiss(toast);
      else setUpdateReady(false);
    };
    // Capture: the toast is on top, so it hears Escape before the panel does.
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [toast, update, dismiss, setUpdateReady]);

  const kind = toast?.kind ?? (update ? 'update' : 'idle');
  return (
    // The live regions stay in the page while empty, so screen readers hear what arrives in them.
    <div
      className="toast"
      data-kind={kind}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <div className="toast__text" role="status">
        {toast && toast.kind !== 'error' ? toast.text : update ? UPDATE_READY_TEXT : null}
      </div>
      <div className="toast__text" role="alert">
        {toast?.kind === 'error' ? toast.text : null}
      </div>
      {update && (
        <button
          type="button"
          className="button button--primary toast__action"
          // Not `disabled`: focus stays on the button while the page reloads.
          aria-disabled={reloading || undefined}
          onClick={() => {
            if (reloading) return;
            setReloading(true);
            reloadToUpdate();
          }}
        >
          {reloading ? 'Reloading…' : 'Reload'}
        </button>
      )}
      {update && !reloading && (
        <button
          type="button"
          className="toast__close"
          aria-label="Dismiss update message"
          onClick={() => setUpdateReady(false)}
        >
          <CloseIcon />
        </button>
      )}
      {toast && toast.kind !== 'busy' && (
        <button
          type="button"
          className="toast__close"
          aria-label={`Dismiss ${toast.topic} message`}
          onClick={() => dismiss(toast)}
        >
          <CloseIcon />
        </button>
      )}
    </div>
  );
}

/** Menus, text boxes and dialogs give Escape their own meaning (close the menu or dialog, clear the box). */
function ownsEscape(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  // A modal dialog closes on Escape; the toast, outside it, is out of reach until it has.
  return target.closest('[role="menu"], input, textarea, dialog') !== null;
}
