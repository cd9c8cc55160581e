/** How long a success message stays: long enough to read at a slow pace, never under 6 s. */
export const MIN_TOAST_MS = 6000;
export const MAX_TOAST_MS = 20_000;
/** About 180 words a minute, a slow reading speed, so most readers finish with time to spare. */
const MS_PER_WORD = 330;

/**
 * Milliseconds a `done` toast stays before it goes by itself, from the length of its text.
 * Busy and error messages never time out (they are not passed here).
 */
export function toastDuration(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.min(MAX_TOAST_MS, Math.max(MIN_TOAST_MS, 2000 + words * MS_PER_WORD));
}
