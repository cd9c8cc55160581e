import { describe, expect, it } from 'vitest';
import type { Office, Organization } from '../model/organization.ts';
import { shanghaiCenter } from '../testing/factories.ts';
import {
  counterpartIndex,
  counterpartsOfUnit,
  sharedWork,
  SIMILARITY_THRESHOLD,
  type CounterpartIndex,
} from './counterparts.ts';

const center = shanghaiCenter();
const index = counterpartIndex(center);

/** The Center's offices by the start of their id. */
function unit(prefix: string): Office {
  const found = center.root.children.find((office) => office.id.startsWith(prefix));
  if (!found) throw new Error(`no office ${prefix}`);
  return found;
}

/** How similar duty `a` of one office is to duty `b` of another (0 when below any threshold). */
function similarity(
  at: CounterpartIndex,
  [unitA, a]: [string, number],
  [unitB, b]: [string, number],
) {
  const office = unit(unitA);
  const dutyIndex = office.duties.findIndex((duty) => duty.number === a);
  const { byDuty } = counterpartsOfUnit(at, office.id, { limit: 1000, threshold: 0.0001 });
  const other = unit(unitB);
  return byDuty[dutyIndex]!.find((c) => c.unitId === other.id && c.number === b)?.similarity ?? 0;
}

function organisation(units: { id: string; duties: string[] }[]): Organization {
  const children = units.map(({ id, duties }) => ({
    id,
    name: id,
    duties: duties.map((text, i) => ({ number: i + 1, text })),
    missingNumbers: [],
    children: [],
  }));
  return {
    name: 'Test',
    root: { id: 'root', name: 'Test', duties: [], missingNumbers: [], children },
    attribution: { title: 'Test' },
  };
}

describe('the similarity threshold, on the Center', () => {
  // Pairs a reader would call the same work: each is above the threshold.
  const same: [string, [string, number], [string, number]][] = [
    ['jointly promote the basic business core system', ['collection', 8], ['loan-management', 8]],
    ['monthly and annual accounting data statistics', ['collection', 6], ['loan-management', 6]],
    ['party style and clean government', ['discipline', 1], ['party-committee', 4]],
    ['administrative litigation and reconsideration', ['law-enforcement', 5], ['policies', 7]],
    [
      'loan risk management and the risk management of the fund',
      ['loan-management', 3],
      ['policies', 4],
    ],
    ['financial management', ['fund-planning', 2], ['office-petition', 5]],
  ];
  it.each(same)('matches duties that do the same work: %s', (_, a, b) => {
    expect(similarity(index, a, b)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  // Pairs that share words but not work: each stays below it.
  const different: [string, [string, number], [string, number]][] = [
    ['loan asset securities vs information security', ['loan-management', 9], ['technology', 6]],
    ['law enforcement team vs technical guarantee', ['law-enforcement', 9], ['technology', 6]],
    [
      'annual fund plans vs annual law enforcement plans',
      ['fund-planning', 1],
      ['law-enforcement', 1],
    ],
    [
      'loan plans vs service goals ("proposing and formulating")',
      ['loan-management', 1],
      ['service', 1],
    ],
    [
      'approving withdrawals vs law enforcement inspections',
      ['collection', 5],
      ['law-enforcement', 4],
    ],
    [
      'the internal audit plan vs the information system plan',
      ['discipline', 3],
      ['technology', 1],
    ],
  ];
  it.each(different)('does not match duties that only share words: %s', (_, a, b) => {
    expect(similarity(index, a, b)).toBeLessThan(SIMILARITY_THRESHOLD);
  });
});

describe('counterpartsOfUnit', () => {
  it('lists the Loan Management Office under the Collection Management Office’s duty 8', () => {
    const collection = unit('collection');
    const { byDuty } = counterpartsOfUnit(index, collection.id);
    const eighth = byDuty[collection.duties.findIndex((duty) => duty.number === 8)]!;
    expect(eighth.map((c) => [c.unitId, c.number])).toContainEqual([unit('loan-management').id, 8]);
  });

  it('never lists a duty itself or another duty of its own unit', () => {
    for (const office of center.root.children) {
      const { byDuty } = counterpartsOfUnit(index, office.id, { limit: 1000, threshold: 0.0001 });
      expect(byDuty).toHaveLength(office.duties.length);
      for (const list of byDuty) for (const c of list) expect(c.unitId).not.toBe(office.id);
    }
  });

  it('orders by similarity, then source order, the same every time', () => {
    const org = organisation([
      { id: 'a', duties: ['Inspect bridges and tunnels', 'Pay invoices'] },
      { id: 'b', duties: ['Inspect bridges and tunnels'] },
      { id: 'c', duties: ['Inspect bridges and tunnels'] },
      { id: 'd', duties: ['Inspect bridges', 'Plant trees'] },
      { id: 'e', duties: ['Answer letters'] },
    ]);
    const at = counterpartIndex(org);
    const first = counterpartsOfUnit(at, 'a');
    expect(first.byDuty[0]!.map((c) => c.unitId)).toEqual(['b', 'c', 'd']);
    expect(first.byDuty[0]![0]!.similarity).toBeCloseTo(1, 6);
    expect(first.byDuty[0]![1]!.similarity).toBe(first.byDuty[0]![0]!.similarity);
    expect(first.byDuty[1]).toEqual([]);
    expect(counterpartsOfUnit(counterpartIndex(structuredClone(org)), 'a')).toEqual(first);
  });

  it('shows at most `limit` and says how many there are in all', () => {
    const org = organisation(
      Array.from({ length: 8 }, (_, i) => ({
        id: `u${i}`,
        duties: ['Maintain the street lighting', `Unique task ${'xyzw'[i % 4]}${i}`],
      })),
    );
    const { byDuty, totals } = counterpartsOfUnit(counterpartIndex(org), 'u0', { limit: 2 });
    expect(byDuty[0]!.map((c) => c.unitId)).toEqual(['u1', 'u2']);
    expect(totals[0]).toBe(7);
  });

  it('gives nothing for an unknown unit or a unit without duties', () => {
    expect(counterpartsOfUnit(index, 'no-such-unit')).toEqual({ byDuty: [], totals: [] });
    expect(counterpartsOfUnit(index, center.root.id).byDuty).toEqual([]);
  });

  it('does not call duties alike for words of procedure or words every duty uses', () => {
    const org = organisation([
      { id: 'a', duties: ['Responsible for formulating and implementing annual plans for parks'] },
      { id: 'b', duties: ['Responsible for formulating and implementing annual plans for roads'] },
      { id: 'c', duties: ['Responsible for the budget'] },
    ]);
    expect(counterpartsOfUnit(counterpartIndex(org), 'a').byDuty[0]).toEqual([]);
  });

  it('reads Chinese text too (each Han character a word)', () => {
    const org = organisation([
      { id: 'a', duties: ['负责住房公积金贷款管理'] },
      { id: 'b', duties: ['负责住房公积金贷款管理'] },
      { id: 'c', duties: ['负责信息系统建设'] },
    ]);
    expect(counterpartsOfUnit(counterpartIndex(org), 'a').byDuty[0]!.map((c) => c.unitId)).toEqual([
      'b',
    ]);
  });
});

describe('sharedWork', () => {
  it('ranks the Center’s pairs of offices by how much their duties overlap', () => {
    const pairs = sharedWork(
      index,
      center.root.children.map((office) => office.id),
    );
    expect(pairs.length).toBeGreaterThan(3);
    // Each pair in source order; the litigation pair and the two business offices lead.
    expect(pairs.slice(0, 2).map((pair) => pair.unitIds)).toEqual([
      [unit('policies').id, unit('law-enforcement').id],
      [unit('collection').id, unit('loan-management').id],
    ]);
    for (let i = 1; i < pairs.length; i++) {
      expect(pairs[i]!.score).toBeLessThanOrEqual(pairs[i - 1]!.score);
    }
    for (const pair of pairs) {
      expect(pair.unitIds[0]).not.toBe(pair.unitIds[1]);
      for (const { a, b, similarity } of pair.pairs) {
        expect(similarity).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
        expect([a.unitId, b.unitId]).toEqual(pair.unitIds);
      }
    }
  });

  it('agrees with the counterparts of each duty and finds each pair once', () => {
    const org = organisation([
      { id: 'a', duties: ['Inspect bridges and tunnels', 'Issue parking permits'] },
      { id: 'b', duties: ['Inspect bridges and tunnels', 'Issue parking permits'] },
      { id: 'c', duties: ['Inspect bridges and tunnels', 'Collect household waste'] },
      { id: 'd', duties: ['Collect household waste'] },
    ]);
    const at = counterpartIndex(org);
    const pairs = sharedWork(at, ['a', 'b', 'c', 'd']);
    expect(pairs.map((p) => [p.unitIds, p.pairs.length])).toEqual([
      [['a', 'b'], 2],
      [['a', 'c'], 1],
      [['b', 'c'], 1],
      [['c', 'd'], 1],
    ]);
    // Only the units asked about, and each unit once however often it is named.
    expect(sharedWork(at, ['d', 'c', 'c', 'nobody']).map((p) => p.unitIds)).toEqual([['c', 'd']]);
  });
});
