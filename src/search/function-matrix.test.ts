import { describe, expect, it } from 'vitest';
import type { Organization } from '../model/organization.ts';
import { office, shanghaiCenter } from '../testing/factories.ts';
import { functionReach } from './function-counts.ts';
import {
  functionMatrix,
  nextSort,
  sortRows,
  SOURCE_ORDER,
  type FunctionMatrix,
} from './function-matrix.ts';
import { DUTY_FUNCTIONS } from './functions.ts';
import { EMPTY_QUERY, parseQuery } from './match.ts';

const center = shanghaiCenter();

function withDuties(id: string, texts: string[], children: ReturnType<typeof office>[] = []) {
  return {
    ...office(id, id.toUpperCase(), children, 0),
    duties: texts.map((text, i) => ({ number: i + 1, text })),
  };
}

/** root → a (b, c → d), e; duties chosen for known functions. */
const tree: Organization = {
  name: 'Tree',
  attribution: { title: 'Tree' },
  root: withDuties(
    'root',
    [],
    [
      withDuties(
        'a',
        ['Audit the loan books'],
        [
          withDuties('b', ['Manage the budget', 'Audit the budget']),
          withDuties('c', ['Approve loans'], [withDuties('d', ['Answer complaints about loans'])]),
        ],
      ),
      withDuties('e', ['Plant trees']),
    ],
  ),
};
const col = (matrix: FunctionMatrix, id: string) => matrix.functions.findIndex((f) => f.id === id);

describe('functionMatrix', () => {
  it('has a row per office of the Center and a column per function, agreeing with the chips', () => {
    const matrix = functionMatrix(center, new Set());
    expect(matrix.rows.map((row) => row.unitId)).toEqual(center.root.children.map((o) => o.id));
    expect(matrix.functions).toBe(DUTY_FUNCTIONS);
    const reach = functionReach(center, EMPTY_QUERY);
    DUTY_FUNCTIONS.forEach((tag, t) => {
      expect(matrix.totals.counts[t]).toBe(reach.get(tag.id)!.duties);
      expect(matrix.rows.filter((row) => row.counts[t]! > 0)).toHaveLength(
        reach.get(tag.id)!.offices,
      );
      expect(matrix.maxima[t]).toBe(Math.max(...matrix.rows.map((row) => row.counts[t]!)));
    });
    const loans = matrix.rows.find((row) => row.unitId === 'loan-management-office')!;
    expect(loans.duties).toBe(
      center.root.children.find((o) => o.id === loans.unitId)!.duties.length,
    );
    expect(loans.counts[col(matrix, 'loans')]).toBeGreaterThan(5);
  });

  it('counts only the duties the typed filter matches, as the chips do', () => {
    const query = parseQuery('risk');
    const matrix = functionMatrix(center, new Set(), query);
    const reach = functionReach(center, query);
    DUTY_FUNCTIONS.forEach((tag, t) =>
      expect(matrix.totals.counts[t]).toBe(reach.get(tag.id)!.duties),
    );
    expect(matrix.totals.duties).toBeLessThan(20);
    expect(matrix.rows).toHaveLength(13);
  });

  it('gives a collapsed unit one row for its whole branch', () => {
    const open = functionMatrix(tree, new Set());
    expect(open.rows.map((row) => [row.unitId, row.depth, row.units, row.duties])).toEqual([
      ['a', 1, 1, 1],
      ['b', 2, 1, 2],
      ['c', 2, 1, 1],
      ['d', 3, 1, 1],
      ['e', 1, 1, 1],
    ]);
    const folded = functionMatrix(tree, new Set(['a', 'e']));
    // e has no children, so there is nothing to fold into it.
    expect(folded.rows.map((row) => [row.unitId, row.units, row.duties])).toEqual([
      ['a', 4, 5],
      ['e', 1, 1],
    ]);
    expect(folded.rows[0]!.counts[col(folded, 'loans')]).toBe(3);
    expect(folded.rows[0]!.counts[col(folded, 'audit')]).toBe(2);
    expect(folded.totals).toEqual(open.totals);
    const inner = functionMatrix(tree, new Set(['c']));
    expect(inner.rows.map((row) => [row.unitId, row.units])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['e', 1],
    ]);
  });

  it('shows the root only when it has duties of its own or holds everything', () => {
    expect(
      functionMatrix(tree, new Set(['root'])).rows.map((row) => [row.unitId, row.units]),
    ).toEqual([['root', 6]]);
    const rooted = { ...tree, root: { ...tree.root, duties: [{ number: 1, text: 'Lead' }] } };
    expect(functionMatrix(rooted, new Set()).rows[0]).toMatchObject({
      unitId: 'root',
      parentId: null,
      duties: 1,
    });
  });

  it('walks a 10,000-level organisation without recursion', () => {
    let deepest = withDuties('u9999', ['Audit']);
    for (let i = 9998; i >= 1; i--) deepest = withDuties(`u${i}`, ['Audit'], [deepest]);
    const deep: Organization = { ...tree, root: withDuties('root', [], [deepest]) };
    const matrix = functionMatrix(deep, new Set(['u1']));
    expect(matrix.rows).toHaveLength(1);
    expect(matrix.rows[0]!.units).toBe(9999);
  });
});

describe('sorting the table', () => {
  const matrix = functionMatrix(tree, new Set());
  const ids = (sort: Parameters<typeof sortRows>[1]) => sortRows(matrix, sort).map((r) => r.unitId);

  it('sorts by a function’s count, ties in source order', () => {
    expect(ids({ key: 'loans', direction: 'descending' })).toEqual(['a', 'c', 'd', 'b', 'e']);
    expect(ids({ key: 'loans', direction: 'ascending' })).toEqual(['b', 'e', 'a', 'c', 'd']);
    expect(ids({ key: 'duties', direction: 'descending' })).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect(ids({ key: 'name', direction: 'descending' })).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(ids(SOURCE_ORDER)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids({ key: 'astrology', direction: 'descending' })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('starts counts with the most and names from A, and reverses on a second press', () => {
    expect(nextSort(SOURCE_ORDER, 'loans')).toEqual({ key: 'loans', direction: 'descending' });
    expect(nextSort({ key: 'loans', direction: 'descending' }, 'loans')).toEqual({
      key: 'loans',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'loans', direction: 'ascending' }, 'loans')).toEqual({
      key: 'loans',
      direction: 'descending',
    });
    expect(nextSort({ key: 'loans', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'source')).toEqual(SOURCE_ORDER);
  });
});
