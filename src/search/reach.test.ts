import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShanghaiCenter } from '../data/shanghai.ts';
import { DUTY_FUNCTIONS } from './functions.ts';
import { functionsOfOfficeDuty, functionReach } from './function-counts.ts';
import { matchOrganization, parseQuery } from './match.ts';

const org = loadShanghaiCenter(
  readFileSync(new URL('../data/internal-organizations.txt', import.meta.url), 'utf8'),
);

describe('functionReach', () => {
  it('counts, for every function, what pressing its chip alone would match', () => {
    const reach = functionReach(org, parseQuery(''));
    for (const tag of DUTY_FUNCTIONS) {
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
    for (const tag of DUTY_FUNCTIONS) {
      const result = matchOrganization(org, query, [tag.id]);
      expect(reach.get(tag.id)!.duties, tag.id).toBe(result.matchedDuties);
    }
    expect(reach.get('loans')!.duties).toBeGreaterThan(0);
  });
});

describe('functionsOfOfficeDuty', () => {
  it('lists every function of a duty', () => {
    const audit = org.root.children.find((o) => o.id === 'discipline-inspection-and-audit-office')!;
    expect(functionsOfOfficeDuty(audit, 2)).toContain('audit');
    const loans = org.root.children.find((o) => o.id === 'loan-management-office')!;
    expect(functionsOfOfficeDuty(loans, 0)).toContain('loans');
    expect(functionsOfOfficeDuty(loans, 99)).toEqual([]);
  });
});
