import { describe, expect, it } from 'vitest';
import { indexOrganization, type Office } from './organization.ts';
import {
  ancestorsOf,
  branchTotals,
  initialCollapsed,
  OPEN_EXPANDED_UP_TO,
  unitsWithChildren,
  stagedExpansion,
  subtreeSizes,
  visibleTree,
} from './tree.ts';

const unit = (id: string, children: Office[] = [], duties = 0): Office => ({
  id,
  name: id,
  duties: Array.from({ length: duties }, (_, i) => ({ number: i + 1, text: `d${i}` })),
  missingNumbers: [],
  children,
});

const small = unit('root', [unit('a', [unit('a1'), unit('a2', [unit('a2x')])]), unit('b')]);
const index = indexOrganization({ name: 'Org', attribution: { title: 'Org' }, root: small });

/** A wide, deep organisation: 10 departments × 10 divisions × 10 sections. */
function big(): Office {
  return unit(
    'root',
    Array.from({ length: 10 }, (_, d) =>
      unit(
        `d${d}`,
        Array.from({ length: 10 }, (_, v) =>
          unit(
            `d${d}v${v}`,
            Array.from({ length: 10 }, (_, s) => unit(`d${d}v${v}s${s}`)),
          ),
        ),
      ),
    ),
  );
}

describe('initialCollapsed', () => {
  it('opens a small organisation fully', () => {
    expect(initialCollapsed(index)).toEqual([]);
  });

  it('collapses a large one to a level that keeps the view small', () => {
    const bigIndex = indexOrganization({ name: 'Big', attribution: { title: 'Big' }, root: big() });
    const collapsed = initialCollapsed(bigIndex);
    const shown = visibleTree(bigIndex.byId.get('root')!, new Set(collapsed));
    let count = 0;
    const walk = (u: { children: unknown[] }) => {
      count++;
      (u.children as { children: unknown[] }[]).forEach(walk);
    };
    walk(shown);
    expect(count).toBeLessThanOrEqual(OPEN_EXPANDED_UP_TO);
    expect(count).toBeGreaterThan(10);
    expect(collapsed).toContain('d0v0');
  });

  it('walks a large organisation once: the same answer comes back for the same index', () => {
    const root = big();
    const bigIndex = indexOrganization({ name: 'Big', attribution: { title: 'Big' }, root });
    expect(initialCollapsed(bigIndex)).toBe(initialCollapsed(bigIndex));
    expect(unitsWithChildren(bigIndex)).toBe(unitsWithChildren(bigIndex));
    expect(subtreeSizes(root)).toBe(subtreeSizes(root));
    expect(subtreeSizes(root).get(root)).toBe(1 + 10 + 100 + 1000);
    // Another organisation, even with the same shape, is worked out afresh.
    const other = indexOrganization({ name: 'Big', attribution: { title: 'Big' }, root: big() });
    expect(initialCollapsed(other)).not.toBe(initialCollapsed(bigIndex));
    expect(initialCollapsed(other)).toEqual(initialCollapsed(bigIndex));
  });
});

describe('visibleTree', () => {
  it('keeps collapsed units as cards and counts what they hide', () => {
    const tree = visibleTree(small, new Set(['a']));
    expect(tree.children.map((c) => c.id)).toEqual(['a', 'b']);
    expect(tree.children[0]).toEqual({ id: 'a', children: [], hidden: 3 });
    expect(tree.hidden).toBe(0);
  });

  it('ignores collapsing a leaf', () => {
    expect(visibleTree(small, new Set(['b'])).children[1]).toEqual({
      id: 'b',
      children: [],
      hidden: 0,
    });
  });

  it('handles 5,000 levels without recursion limits in the size count', () => {
    let deep = unit('leaf');
    for (let i = 0; i < 5000; i++) deep = unit(`u${i}`, [deep]);
    expect(visibleTree(deep, new Set([deep.id])).hidden).toBe(5000);
  });
});

describe('ancestorsOf and branchTotals', () => {
  it('finds the path to units', () => {
    expect([...ancestorsOf(index, ['a2x', 'b'])].sort()).toEqual(['a', 'a2', 'root']);
  });

  it('sums counts over branches', () => {
    const totals = branchTotals(index, (id) => (id === 'a2x' || id === 'b' ? 2 : 0));
    expect(totals.get('root')).toBe(4);
    expect(totals.get('a')).toBe(2);
    expect(totals.get('a1')).toBe(0);
  });

  it('lists units with children', () => {
    expect(unitsWithChildren(index)).toEqual(['root', 'a', 'a2']);
  });
});

describe('expanding everything', () => {
  const wide = indexOrganization({ name: 'Org', attribution: { title: 'Org' }, root: big() });

  it('opens everything that fits', () => {
    expect(stagedExpansion(wide, 10_000)).toEqual({
      collapsedIds: [],
      shown: 1_111,
      complete: true,
    });
  });

  it('opens only the levels that keep the cards within the limit', () => {
    const staged = stagedExpansion(wide, 500);
    // The root and 10 departments open; their 100 divisions show, collapsed.
    expect(staged).toMatchObject({ shown: 111, complete: false });
    expect(staged.collapsedIds).toHaveLength(100);
    expect(stagedExpansion(wide, 1_110)).toMatchObject({ shown: 111, complete: false });
    expect(stagedExpansion(wide, 50)).toMatchObject({ shown: 11, complete: false });
  });
});
