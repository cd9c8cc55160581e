import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShanghaiCenter } from '../data/shanghai.ts';
import { FUNCTION_TAGS } from './functions.ts';
import { familiesOfDuty, functionReach, matchOrganization, parseQuery } from './match.ts';

const org = loadShanghaiCenter(
  readFileSync(new URL('../data/internal-organizations.txt', import.meta.url), 'utf8'),
);

describe('functionReach', () => {
  it('counts, for every family, what pressing its chip alone would match', () => {
    const reach = functionReach(org, parseQuery(''));
    for (const tag of FUNCTION_TAGS) {
      const result = matchOrganization(org, parseQuery(''), [tag.id]);
      expect(reach.get(tag.id), tag.id).toEqual({
        offices: result.matchedOfficeIds.length,
        duties: result.matchedDuties,
      });
    }
  });

  it('narrows the counts to the text query', () => {
    const query = parseQuery('loan');
    const reach = functionReach(org, query);
    for (const tag of FUNCTION_TAGS) {
      const result = matchOrganization(org, query, [tag.id]);
      expect(reach.get(tag.id)!.duties, tag.id).toBe(result.matchedDuties);
    }
    expect(reach.get('loans')!.duties).toBeGreaterThan(0);
  });
});

describe('familiesOfDuty', () => {
  it('lists every family of a duty', () => {
    const audit = org.root.children.find((o) => o.id === 'discipline-inspection-and-audit-office')!;
    expect(familiesOfDuty(audit, 2)).toContain('audit');
    const loans = org.root.children.find((o) => o.id === 'loan-management-office')!;
    expect(familiesOfDuty(loans, 0)).toContain('loans');
    expect(familiesOfDuty(loans, 99)).toEqual([]);
  });
});
