import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../../../scripts/generate-organization.mjs';
import { certainlyValidUnit } from './fast-check.ts';
import { flatUnitSchema, nestedUnitShallowSchema } from './schema.ts';

const long = (n: number) => 'x'.repeat(n);

/** Units near every edge of the schema, valid and not. */
const UNITS: Record<string, unknown>[] = [
  { name: 'Roads' },
  { name: 'Roads', id: 'r', duties: ['Repair.', { text: 'Audit.' }, { number: 4, text: 'Plan.' }] },
  { name: 'Roads', id: 7, children: [] },
  { name: 'Roads', id: 7.5 },
  { name: 'Roads', id: -1 },
  { name: 'Roads', id: -0 },
  { name: 'Roads', id: 'has space' },
  { name: 'Roads', id: '' },
  { name: 'Roads', id: long(200) },
  { name: 'Roads', id: long(201) },
  { name: 'Roads', id: 2 ** 53 },
  { name: '' },
  { name: '   ' },
  { name: long(500) },
  { name: long(501) },
  { name: 3 },
  { id: 'r' },
  { name: 'Roads', extra: true },
  { name: 'Roads', duties: 'Repair.' },
  { name: 'Roads', duties: [''] },
  { name: 'Roads', duties: [long(5000)] },
  { name: 'Roads', duties: [long(5001)] },
  { name: 'Roads', duties: [{ number: 0, text: 'a' }] },
  { name: 'Roads', duties: [{ number: 9999, text: 'a' }] },
  { name: 'Roads', duties: [{ number: 10000, text: 'a' }] },
  { name: 'Roads', duties: [{ number: 1.5, text: 'a' }] },
  { name: 'Roads', duties: [{ text: 'a', note: 'b' }] },
  { name: 'Roads', duties: [{ number: 2 }] },
  { name: 'Roads', duties: [null] },
  { name: 'Roads', duties: [['a']] },
  { name: 'Roads', duties: Array.from({ length: 1000 }, () => 'a') },
  { name: 'Roads', duties: Array.from({ length: 1001 }, () => 'a') },
  { name: 'Roads', children: {} },
  { name: 'Roads', parentId: null, id: 'r' },
  { name: 'Roads', parentId: 'p', id: 'r' },
  { name: 'Roads', parentId: 'p q', id: 'r' },
  JSON.parse('{"name": "Roads", "__proto__": {"x": 1}}'),
];

describe('the quick check of a unit', () => {
  for (const [kind, schema] of [
    ['nested', nestedUnitShallowSchema],
    ['flat', flatUnitSchema],
  ] as const) {
    it(`never passes a ${kind} unit zod refuses, and passes the plain valid ones`, () => {
      for (const unit of UNITS) {
        const zod = schema.safeParse(unit).success;
        if (certainlyValidUnit(unit, kind)) expect(zod, JSON.stringify(unit)).toBe(true);
      }
      expect(certainlyValidUnit({ name: 'Roads', id: 'r', duties: ['a'] }, kind)).toBe(true);
    });
  }

  it('passes every unit of a generated organisation, as zod does', () => {
    const stack: Record<string, unknown>[] = [
      generateOrganization({ units: 300, seed: 2 }).root as unknown as Record<string, unknown>,
    ];
    let checked = 0;
    while (stack.length > 0) {
      const unit = stack.pop()!;
      expect(nestedUnitShallowSchema.safeParse(unit).success).toBe(true);
      expect(certainlyValidUnit(unit, 'nested')).toBe(true);
      stack.push(...((unit.children as Record<string, unknown>[] | undefined) ?? []));
      checked++;
    }
    expect(checked).toBe(300);
  });
});
