import { indexOrganization, type OrganizationIndex } from '../model/organization.ts';
import type { OrgState } from './org-store.ts';

/** The organisation's lookups, built once per organisation. */
export const selectIndex = (state: OrgState): OrganizationIndex =>
  indexOrganization(state.organization);

export const selectSelectedOffice = (state: OrgState) =>
  state.selectedId === null ? null : (selectIndex(state).byId.get(state.selectedId) ?? null);
