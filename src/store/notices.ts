/**
 * Notices and the status toast as plain data: what the store keeps about messages for the user.
 * Pure, so the rules for merging and capping are tested without React.
 */

/** A message about input the app could not use, shown until dismissed. */
export interface Notice {
  text: string;
  /** How many times the same message arrived since it was first shown (1 the first time). */
  count: number;
}

/** At most this many notices are kept; older ones give way to newer. */
export const MAX_NOTICES = 5;

/**
 * Adds messages to a list of notices: a message already shown is counted again instead of
 * repeated, and only the newest {@link MAX_NOTICES} distinct messages are kept, so nothing the
 * user does (such as stepping back and forward through history) can pile notices up.
 * Returns `existing` itself when nothing changes.
 */
export function mergeNotices(
  existing: readonly Notice[],
  incoming: readonly string[],
  max = MAX_NOTICES,
): readonly Notice[] {
  if (incoming.length === 0) return existing;
  const merged = existing.map((notice) => ({ ...notice }));
  for (const text of incoming) {
    const same = merged.find((notice) => notice.text === text);
    if (same) same.count++;
    else merged.push({ text, count: 1 });
  }
  return merged.length > max ? merged.slice(merged.length - max) : merged;
}

/**
 * One short-lived message about something the user just did (an export, a copied link).
 * Only one shows at a time: a new one replaces the last.
 */
export interface Toast {
  /** `busy` while work runs, `done` when it worked (goes by itself), `error` until dismissed. */
  kind: 'busy' | 'done' | 'error';
  text: string;
  /** What the message is about, for its dismiss button: "Dismiss {topic} message". */
  topic: string;
}
