import { describe, expect, it } from 'vitest';
import { indexOrganization, type Office, type Organization } from '../model/organization.ts';
import { MAX_REVEALED_MATCHES, shownCollapsedIds } from './shown-collapsed.ts';

const unit = (id: string, children: Office[] = []): Office => ({
  id,
  name: id,
  duties: [],
  missingNumbers: [],
  children,
});

const org: Organization = {
  name: 'Org',
  root: unit('root', [unit('a', [unit('a1', [unit('a1x')])]), unit('b', [unit('b1')])]),
  attribution: { title: 'Test' },
};
const index = indexOrganization(org);

describe('shownCollapsedIds', () => {
  it('opens the collapsed units above a match and keeps the others', () => {
    const match = { active: true, matchedOfficeIds: ['a1x'] };
    expect(shownCollapsedIds(index, ['a', 'a1', 'b'], match)).toEqual(['b']);
  });

  it('opens nothing without a filter, or when it matches too many units to show', () => {
    expect(shownCollapsedIds(index, ['a', 'b'], { active: false, matchedOfficeIds: [] })).toEqual([
      'a',
      'b',
    ]);
    const many = Array.from({ length: MAX_REVEALED_MATCHES + 1 }, () => 'a1x');
    expect(shownCollapsedIds(index, ['a'], { active: true, matchedOfficeIds: many })).toEqual([
      'a',
    ]);
  });
});
