import type { OrganizationOrigin, OrgStore } from '../store/org-store.ts';
import { BUILT_IN_ORGANIZATION } from './copy-link-message.ts';

/**
 * What the user is told after "Copy link" (or "Copy link" beside one duty, `subject` naming it:
 * "duty 3"). With their own file open, it says plainly what the link will show others: the
 * built-in organisation, since the file never leaves this device.
 */
export function copyLinkMessage(
  origin: OrganizationOrigin,
  copied: boolean,
  subject?: string,
): string {
  const link = subject ? `link to ${subject}` : 'link';
  const done = `${link[0]!.toUpperCase()}${link.slice(1)} copied.`;
  const failed = `Could not copy the ${link}`;
  if (origin.kind === 'default') {
    return copied ? done : `${failed}: copy the address bar instead.`;
  }
  const what =
    `It opens Orgscope on ${BUILT_IN_ORGANIZATION}, not ${origin.fileName}: ` +
    'your file stays on this device, so to share it, send the file itself.';
  return copied ? `${done} ${what}` : `${failed} (copy the address bar instead). ${what}`;
}

/**
 * Copies a link and says in the status toast whether it worked (and, with the user's own file
 * open, what others will see). `subject` names what the link points at ("duty 3"), if not the
 * whole view. Resolves to whether the link was copied.
 */
export async function copyLink(store: OrgStore, href: string, subject?: string): Promise<boolean> {
  let copied = true;
  try {
    await navigator.clipboard.writeText(href);
  } catch {
    copied = false;
  }
  const text = copyLinkMessage(store.getState().origin, copied, subject);
  store.getState().showToast({ kind: copied ? 'done' : 'error', text, topic: 'link' });
  return copied;
}
