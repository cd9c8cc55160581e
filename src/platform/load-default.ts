import defaultOrganizationUrl from 'virtual:default-organization-url';
import type { Organization } from '../model/organization.ts';
import { prerenderedOrganization } from './prerendered-page.ts';

/** Fetches the default organisation (parsed from its source at build time), with a readable error. */
export async function loadDefaultOrganization(): Promise<Organization> {
  // The built page carries it (see prerendered-page.ts); only the dev server's page does not.
  const inPage = prerenderedOrganization();
  if (inPage && isOrganization(inPage)) return inPage;
  let response: Response;
  try {
    response = await fetch(defaultOrganizationUrl);
  } catch {
    throw new Error(
      'The organisation’s data could not be downloaded. Check your connection and try again.',
    );
  }
  if (!response.ok) {
    throw new Error(
      `The organisation’s data could not be downloaded (the server answered ${response.status}).`,
    );
  }
  const data: unknown = await response.json().catch(() => null);
  if (!isOrganization(data)) {
    throw new Error('The organisation’s data file is damaged. Reload the page to fetch it again.');
  }
  return data;
}

/** A shape check: the file is our own build output, so a full validation is not needed. */
function isOrganization(data: unknown): data is Organization {
  if (typeof data !== 'object' || data === null) return false;
  const { name, root, attribution } = data as Partial<Organization>;
  return (
    typeof name === 'string' &&
    typeof attribution?.title === 'string' &&
    typeof root?.id === 'string' &&
    Array.isArray(root.children) &&
    Array.isArray(root.duties)
  );
}
