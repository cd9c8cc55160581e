import { describe, expect, it } from 'vitest';
import { checkOrganization } from './check-organization.ts';
import { organizationOf, roads } from './json/test-documents.ts';
import { MAX_NAME_LENGTH } from './limits.ts';

describe('checkOrganization', () => {
  it('applies the same limits to an organisation built elsewhere, naming units by name and id', () => {
    const org = organizationOf({ name: 'X', children: [roads] });
    expect(checkOrganization(org)).toEqual([]);
    org.root.children[0]!.name = 'n'.repeat(MAX_NAME_LENGTH + 1);
    org.root.children[0]!.duties[0]!.text = ' ';
    expect(checkOrganization(org)).toEqual([
      {
        path: `unit "${'n'.repeat(59)}…" (id roads-office).name`,
        message: 'Name is 501 characters long; the limit is 500.',
      },
      {
        path: `unit "${'n'.repeat(59)}…" (id roads-office).duties[0].text`,
        message: 'Duty 1 text is empty.',
      },
    ]);
  });
});
