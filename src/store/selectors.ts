import { indexOrganization, type OrganizationIndex } from '../model/organization.ts';
import type { OrgState } from './org-store.ts';
import type { UnitDuties } from './url-state.ts';

/** The organisation's lookups, built once per organisation. */
export const selectIndex = (state: OrgState): OrganizationIndex =>
  indexOrganization(state.organization);

export const selectSelectedOffice = (state: OrgState) =>
  state.selectedId === null ? null : (selectIndex(state).byId.get(state.selectedId) ?? null);

/** For reading links: a unit's name and duty numbers, so `duty=` can be checked. */
export const unitDutiesIn =
  (index: OrganizationIndex) =>
  (id: string): UnitDuties | undefined => {
    const unit = index.byId.get(id);
    return unit && { name: unit.name, numbers: unit.duties.map((duty) => duty.number) };
  };
