import type { OrganizationOrigin } from '../store/org-store.ts';

/** What others see when they open a link: the built-in organisation, unless they opened a file. */
export const BUILT_IN_ORGANIZATION = 'the Shanghai Provident Fund Management Center';

/**
 * What the user is told after "Copy link". With their own file open, it says plainly what the
 * link will show others: the built-in organisation, since the file never leaves this device.
 */
export function copyLinkMessage(origin: OrganizationOrigin, copied: boolean): string {
  if (origin.kind === 'default') {
    return copied ? 'Link copied.' : 'Could not copy the link: copy the address bar instead.';
  }
  const what =
    `It opens Orgscope on ${BUILT_IN_ORGANIZATION}, not ${origin.fileName}: ` +
    'your file stays on this device, so to share it, send the file itself.';
  return copied
    ? `Link copied. ${what}`
    : `Could not copy the link (copy the address bar instead). ${what}`;
}

/** The button's description before it is pressed, so nobody is surprised by what others see. */
export function copyLinkHint(origin: OrganizationOrigin): string {
  return origin.kind === 'default'
    ? 'Copy a link to this view'
    : `Copy a link: others who open it see ${BUILT_IN_ORGANIZATION}, not ${origin.fileName}`;
}
