import { describe, expect, it } from 'vitest';
import { indexOrganization, type Office } from '../model/organization.ts';
import { buildFlatTree, type FlatUnit } from './flat-tree.ts';
import { MAX_DEPTH } from './limits.ts';
import { collector, finish } from './problems.ts';

/** A row as a CSV-like reader would give it: an id (or none), a parent id (or none) and a name. */
interface Row {
  id?: string;
  parentId?: string;
  name: string;
}

const office = (name: string): Office => ({
  id: '',
  name,
  duties: [],
  missingNumbers: [],
  children: [],
});

/** Builds a tree from rows, naming places as a spreadsheet would: row 2 is the first unit. */
function build(rows: readonly (Row | null)[], organizationName = 'Example') {
  const problems = collector();
  const read: number[] = [];
  const root = buildFlatTree({
    count: rows.length,
    unitAt(i): FlatUnit {
      read.push(i);
      const row = rows[i]!;
      return {
        office: row ? office(row.name) : null,
        id: row?.id,
        parentId: row?.parentId ?? null,
        context: row ? `(in unit "${row.name}")` : '',
      };
    },
    where: (i, field) => `row ${i + 2}${field ? `, column ${field}` : ''}`,
    whereList: 'the sheet',
    rootHint: 'leave parentId empty on the top unit',
    organizationName,
    problems,
  });
  return { root, problems: finish(problems), read };
}

/** A chain of `length` rows, each the parent of the next. */
const chain = (length: number): Row[] =>
  Array.from({ length }, (_, i) => ({
    id: `u${i}`,
    name: `Unit ${i}`,
    ...(i > 0 ? { parentId: `u${i - 1}` } : {}),
  }));

describe('buildFlatTree', () => {
  it('links children to parents, keeping list order among siblings whatever the order of rows', () => {
    const { root, problems } = build([
      { id: 'b', parentId: 'hq', name: 'B' },
      { id: 'b1', parentId: 'b', name: 'B1' },
      { id: 'hq', name: 'HQ' },
      { id: 'a', parentId: 'hq', name: 'A' },
    ]);
    expect(problems).toEqual([]);
    expect(root!.id).toBe('hq');
    expect(root!.children.map((o) => o.id)).toEqual(['b', 'a']);
    expect(root!.children[0]!.children.map((o) => o.id)).toEqual(['b1']);
  });

  it('puts several top units under a new root named after the organisation', () => {
    const { root, problems } = build(
      [{ name: 'Roads' }, { id: 'organization', name: 'Parks' }],
      'Joint Board',
    );
    expect(problems).toEqual([]);
    expect(root!.name).toBe('Joint Board');
    expect(root!.id).toBe('joint-board');
    expect(root!.children.map((o) => o.id)).toEqual(['roads', 'organization']);
  });

  it('makes ids from names for units without one, never taking a given id, once there are no problems', () => {
    const { root } = build([
      { id: 'top', name: 'Top' },
      { parentId: 'top', name: 'Roads' },
      { id: 'roads', parentId: 'top', name: 'Highways' },
      { parentId: 'top', name: '财务处' },
    ]);
    expect(root!.children.map((o) => o.id)).toEqual(['roads-2', 'roads', 'unit-4']);

    const broken = build([{ name: 'Top' }, { parentId: 'nowhere', name: 'Roads' }]);
    expect(broken.root!.id).toBe('');
  });

  it('reports a duplicate id at the later unit, naming the first', () => {
    expect(
      build([
        { id: 'roads', name: 'Roads' },
        { id: 'roads', parentId: 'roads', name: 'Roads again' },
      ]).problems,
    ).toEqual([
      {
        path: 'row 3, column id',
        message: 'Id "roads" is already used by row 2; ids must be unique.',
      },
    ]);
  });

  it('reports an unknown parent with the unit it belongs to', () => {
    expect(
      build([
        { id: 'a', name: 'A' },
        { id: 'b', parentId: 'nowhere', name: 'B' },
      ]).problems,
    ).toEqual([
      {
        path: 'row 3, column parentId',
        message: 'parentId "nowhere" matches no unit\'s id (in unit "B").',
      },
    ]);
  });

  it('reports a cycle once, from its first unit in the list, and a unit that is its own parent', () => {
    expect(
      build([
        { id: 'top', name: 'Top' },
        { id: 'c', parentId: 'b', name: 'C' },
        { id: 'a', parentId: 'c', name: 'A' },
        { id: 'b', parentId: 'a', name: 'B' },
        { id: 's', parentId: 's', name: 'S' },
      ]).problems,
    ).toEqual([
      {
        path: 'row 3, column parentId',
        message: 'parentIds form a cycle, so these units never reach the root: c → b → a → c.',
      },
      { path: 'row 6, column parentId', message: 'Unit "s" is its own parent.' },
    ]);
  });

  it('shortens a long cycle and follows 20,000 units without recursion', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      id: `u${i}`,
      parentId: `u${(i + 1) % 20_000}`,
      name: 'U',
    }));
    const [problem, ...rest] = build([{ id: 'top', name: 'Top' }, ...rows]).problems;
    expect(rest).toEqual([]);
    expect(problem!.message).toBe(
      'parentIds form a cycle, so these units never reach the root: u0 → u1 → u2 → u3 → u4 → u5 → u6 → u7 → u8 → … (20,000 units) → u0.',
    );
  });

  it('reports a list without a top unit in the words of its format', () => {
    const { root, problems } = build([
      { id: 'a', parentId: 'b', name: 'A' },
      { id: 'b', parentId: 'a', name: 'B' },
    ]);
    expect(root).toBeNull();
    expect(problems.at(-1)).toEqual({
      path: 'the sheet',
      message: 'No unit is a root: leave parentId empty on the top unit.',
    });
  });

  it('skips units that could not be read, without counting them as top units', () => {
    const { root, problems } = build([
      { id: 'a', name: 'A' },
      null,
      { id: 'b', parentId: 'a', name: 'B' },
    ]);
    expect(problems).toEqual([]);
    expect(root!.children.map((o) => o.id)).toEqual(['b']);
  });

  it(`builds a chain ${MAX_DEPTH.toLocaleString('en')} levels deep and refuses one level more`, () => {
    const deep = build(chain(MAX_DEPTH + 1));
    expect(deep.problems).toEqual([]);
    expect(
      indexOrganization({ name: 'X', root: deep.root!, attribution: { title: 'X' } }).depthOf.get(
        `u${MAX_DEPTH}`,
      ),
    ).toBe(MAX_DEPTH);

    expect(build(chain(MAX_DEPTH + 2)).problems).toEqual([
      {
        path: `row ${MAX_DEPTH + 3}`,
        message: 'Units are nested more than 10,000 levels deep; the limit is 10,000.',
      },
    ]);
    // A made-up root is a level too, so two top units leave one level less below them.
    expect(build([...chain(MAX_DEPTH), { id: 'other', name: 'Other' }]).problems).toEqual([]);
    expect(build([...chain(MAX_DEPTH + 1), { id: 'other', name: 'Other' }]).problems).toEqual([
      {
        path: `row ${MAX_DEPTH + 2}`,
        message: 'Units are nested more than 10,000 levels deep; the limit is 10,000.',
      },
    ]);
  });

  it('stops reading rows once the problems are full', () => {
    const rows = Array.from({ length: 5_000 }, () => ({ id: 'same', name: 'Same' }));
    const { read, problems } = build(rows);
    // The first row is fine; the next thousand repeat its id.
    expect(read).toHaveLength(1_001);
    expect(problems.at(-1)!.message).toBe(
      '…and at least 980 more problems; reading stopped there.',
    );
  });
});
