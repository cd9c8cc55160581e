import {
  indexOrganization,
  type Organization,
  type OrganizationIndex,
} from '../model/organization.ts';
import type { OrgState } from './org-store.ts';

const indexCache = new WeakMap<Organization, OrganizationIndex>();

/** The organisation's lookups, built once per organisation. */
export function selectIndex(state: OrgState): OrganizationIndex {
  let index = indexCache.get(state.organization);
  if (!index) {
    index = indexOrganization(state.organization);
    indexCache.set(state.organization, index);
  }
  return index;
}

export const selectSelectedOffice = (state: OrgState) =>
  state.selectedId === null ? null : (selectIndex(state).byId.get(state.selectedId) ?? null);
