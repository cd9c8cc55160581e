import type { OrganizationOrigin } from '../store/org-store.ts';

/**
 * What others see when they open a link: the built-in organisation, unless they opened a file.
 * (What the user is told after copying is in `copy-link.ts`, loaded when they first copy.)
 */
export const BUILT_IN_ORGANIZATION = 'the Shanghai Provident Fund Management Center';

/** The button's description before it is pressed, so nobody is surprised by what others see. */
export function copyLinkHint(origin: OrganizationOrigin): string {
  return origin.kind === 'default'
    ? 'Copy a link to this view'
    : `Copy a link: others who open it see ${BUILT_IN_ORGANIZATION}, not ${origin.fileName}`;
}
