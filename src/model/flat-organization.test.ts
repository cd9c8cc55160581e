import { describe, expect, it } from 'vitest';
import { shanghaiCenter } from '../testing/factories.ts';
import { flattenOrganization, OrganizationAssembler } from './flat-organization.ts';
import { indexOrganization, type Office, type Organization } from './organization.ts';

/** A chain far deeper than the call stack, with skipped duty numbers and non-ASCII text. */
function deep(levels: number): Organization {
  const root: Office = { id: 'root', name: 'Root', duties: [], missingNumbers: [], children: [] };
  let parent = root;
  for (let i = 0; i < levels; i++) {
    const office: Office = {
      id: `u${i}`,
      name: `Unit ${i} — “quoted”`,
      duties: [
        { number: 1, text: '上海 duty' },
        { number: 4, text: '' },
      ],
      missingNumbers: [2, 3],
      children: [],
    };
    parent.children.push(office);
    parent = office;
  }
  return { name: 'Deep', attribution: { title: 'Deep', url: 'https://example.org' }, root };
}

function roundTrip(organization: Organization, runUnits?: number): Organization {
  const { header, runs } = flattenOrganization(organization, runUnits);
  const assembler = new OrganizationAssembler(header);
  for (const run of structuredClone(runs)) assembler.add(run);
  return assembler.finish();
}

describe('packed runs of units', () => {
  it('rebuild the organisation exactly, in source order', () => {
    const center = shanghaiCenter();
    expect(roundTrip(center)).toEqual(center);
    expect(roundTrip(center, 3)).toEqual(center);
  });

  it('come with the lookups indexOrganization would build', () => {
    const center = shanghaiCenter();
    const rebuilt = roundTrip(center, 5);
    const fresh = indexOrganization(structuredClone(rebuilt));
    const primed = indexOrganization(rebuilt);
    expect(primed.order).toEqual(fresh.order);
    expect([...primed.parentOf]).toEqual([...fresh.parentOf]);
    expect([...primed.depthOf].sort()).toEqual([...fresh.depthOf].sort());
    expect([...primed.byId.keys()].sort()).toEqual([...fresh.byId.keys()].sort());
  });

  it('carry trees deeper than the call stack', () => {
    const organization = deep(20_000);
    // Compared in their flat form: a recursive equality check would itself overflow the stack.
    expect(flattenOrganization(roundTrip(organization, 1_000))).toEqual(
      flattenOrganization(organization),
    );
  });

  it('count units and duties in the header', () => {
    const { header, runs } = flattenOrganization(deep(10), 4);
    expect(header).toMatchObject({ name: 'Deep', units: 11, duties: 20 });
    expect(runs.map((run) => run.first)).toEqual([0, 4, 8]);
  });

  it('refuse runs out of order, or an organisation that is incomplete', () => {
    const { header, runs } = flattenOrganization(deep(10), 4);
    const skipping = new OrganizationAssembler(header);
    skipping.add(runs[0]!);
    expect(() => skipping.add(runs[2]!)).toThrow('out of order');
    const short = new OrganizationAssembler(header);
    short.add(runs[0]!);
    expect(() => short.finish()).toThrow('incomplete (4 of 11 units)');
    const damaged = new OrganizationAssembler(header);
    expect(() => damaged.add({ ...runs[0]!, parents: Int32Array.from([-1, 5, 1, 2]) })).toThrow(
      'Unit 2 names a parent that does not come before it.',
    );
  });
});
