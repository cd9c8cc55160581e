/**
 * Moving keyboard focus between chart cards. Above a few hundred units React Flow renders only
 * the cards on screen, so the card to focus may not be mounted yet (the view is still moving to
 * it), and the focused card may unmount as the view moves away from it. Focus must never fall
 * to the page: a request waits for its card, the newest request wins, and a card that unmounts
 * while focused hands focus on.
 */

/** How long a request waits for its card to be rendered, in frames (about two seconds). */
const MAX_FRAMES = 120;

let wanted: string | null = null;
let frame = 0;

const cardSelector = (id: string) => `.react-flow__node[data-id="${CSS.escape(id)}"]`;

/** The card a focus request is still waiting for, if any. */
export function pendingFocus(): string | null {
  return wanted;
}

/**
 * Focuses a chart card as soon as React Flow has rendered it. If it never appears (it is off
 * screen in a large chart) and focus has fallen to the page, a card that is on screen takes it.
 */
export function focusNode(id: string) {
  wanted = id;
  cancelAnimationFrame(frame);
  let frames = 0;
  const attempt = () => {
    if (wanted !== id) return;
    const element = document.querySelector<HTMLElement>(cardSelector(id));
    if (element) {
      wanted = null;
      if (document.activeElement !== element) element.focus();
      return;
    }
    if (++frames < MAX_FRAMES) {
      frame = requestAnimationFrame(attempt);
      return;
    }
    wanted = null;
    if (focusIsLost()) document.querySelector<HTMLElement>('.react-flow__node')?.focus();
  };
  frame = requestAnimationFrame(attempt);
}

function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * Keeps focus on the chart's cards while it is there: when the focused card unmounts (the view
 * moved on), focus goes to the card being moved to, or back to the same card once it is
 * rendered again. Returns a function that stops watching.
 */
export function keepCardFocus(chart: HTMLElement): () => void {
  let focused: HTMLElement | null = null;
  const onFocusIn = (event: FocusEvent) => {
    const card = (event.target as HTMLElement | null)?.closest?.<HTMLElement>('.react-flow__node');
    focused = card && chart.contains(card) ? card : null;
  };
  const onFocusOut = (event: FocusEvent) => {
    const card = event.target as HTMLElement;
    // Focus left a card that is still there (the user clicked or tabbed away): let it go.
    queueMicrotask(() => {
      if (focused === card && card.isConnected && event.relatedTarget === null) focused = null;
    });
  };
  const observer = new MutationObserver(() => {
    if (!focused || focused.isConnected || !focusIsLost()) return;
    const id = wanted ?? focused.dataset.id;
    focused = null;
    if (id) focusNode(id);
  });
  document.addEventListener('focusin', onFocusIn);
  chart.addEventListener('focusout', onFocusOut);
  observer.observe(chart, { childList: true, subtree: true });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    chart.removeEventListener('focusout', onFocusOut);
    observer.disconnect();
  };
}
