import './notices.css';
import { useEffect, useState } from 'react';
import { useOrgStore } from '../store/org-store.ts';
import { CloseIcon } from './icons.tsx';
import { toastDuration } from './toast-timing.ts';

/**
 * The message about what the user just did (an export, a copied link), floating over the foot of
 * the page so it never reflows the header or the chart. Progress and success are announced
 * politely; success goes by itself (not while the pointer or focus is on it), errors are alerts
 * that stay until dismissed. Escape dismisses it.
 */
export function StatusToast() {
  const toast = useOrgStore((s) => s.toast);
  const dismiss = useOrgStore((s) => s.dismissToast);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (toast?.kind !== 'done' || hovered || focused) return;
    const timer = window.setTimeout(() => dismiss(toast), toastDuration(toast.text));
    return () => window.clearTimeout(timer);
  }, [toast, hovered, focused, dismiss]);

  useEffect(() => {
    if (!toast || toast.kind === 'busy') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || ownsEscape(event.target)) return;
      // Marked as handled, so the same Escape does not also close the duties panel.
      event.preventDefault();
      dismiss(toast);
    };
    // Capture: the toast is on top, so it hears Escape before the panel does.
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [toast, dismiss]);

  const kind = toast?.kind ?? 'idle';
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
        {toast && toast.kind !== 'error' ? toast.text : null}
      </div>
      <div className="toast__text" role="alert">
        {toast?.kind === 'error' ? toast.text : null}
      </div>
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

/** Menus and text boxes give Escape their own meaning (close the menu, clear the box). */
function ownsEscape(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('[role="menu"], input, textarea') !== null;
}
