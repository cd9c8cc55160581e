import { describe, expect, it } from 'vitest';
import { indexOrganization } from '../src/model/organization.ts';
import { parseOrganizationJson } from '../src/data/json/read-json.ts';
import { generateOrganization, mulberry32, type GeneratedUnit } from './generate-organization.mjs';

function units(root: GeneratedUnit): GeneratedUnit[] {
  const all: GeneratedUnit[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    all.push(unit);
    stack.push(...(unit.children ?? []));
  }
  return all;
}

describe('generateOrganization', () => {
  it('makes exactly the number of units asked for, the root included', () => {
    for (const count of [1, 2, 5, 37, 1_000, 10_000]) {
      expect(units(generateOrganization({ units: count, seed: count }).root)).toHaveLength(count);
    }
  });

  it('is deterministic per seed', () => {
    expect(generateOrganization({ units: 300, seed: 9 })).toEqual(
      generateOrganization({ units: 300, seed: 9 }),
    );
    expect(generateOrganization({ units: 300, seed: 9 })).not.toEqual(
      generateOrganization({ units: 300, seed: 10 }),
    );
    const random = mulberry32(1);
    expect([random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478]);
  });

  it('gives each unit 2 to 8 duties', () => {
    const counts = units(generateOrganization({ units: 2_000, seed: 3 }).root).map(
      (u) => u.duties.length,
    );
    expect(Math.min(...counts)).toBe(2);
    expect(Math.max(...counts)).toBe(8);
  });

  it('refuses a unit count that is not a positive whole number', () => {
    expect(() => generateOrganization({ units: 0 })).toThrow(RangeError);
    expect(() => generateOrganization({ units: 2.5 })).toThrow(RangeError);
  });

  it('writes 10,000 units, four levels deep, that the reader accepts with unique ids', () => {
    const json = JSON.stringify(generateOrganization({ units: 10_000, seed: 1 }));
    const { organization, problems } = parseOrganizationJson(json);
    expect(problems).toEqual([]);
    const index = indexOrganization(organization!);
    expect(index.order).toHaveLength(10_000);
    expect(new Set(index.order).size).toBe(10_000);
    expect(Math.max(...index.depthOf.values())).toBeGreaterThanOrEqual(4);
  });
});
