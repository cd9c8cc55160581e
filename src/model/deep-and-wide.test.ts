/**
 * Hostile but valid organisations (10,000 levels, 50,000 siblings): every traversal of the model
 * works without overflowing the call stack.
 */
import { describe, expect, it } from 'vitest';
import { deepOrganization, wideOrganization } from '../testing/factories.ts';
import { neighbour, readingNeighbours } from './navigation.ts';
import { countDuties, indexOrganization } from './organization.ts';
import { outlineItems, typeahead } from './outline.ts';
import {
  ancestorsOf,
  branchTotals,
  CHILDREN_PAGE,
  initialCollapsed,
  unitsWithChildren,
  visibleTree,
  type VisibleUnit,
} from './tree.ts';

const LEVELS = 10_000;
const deep = deepOrganization(LEVELS);
const deepIndex = indexOrganization(deep);
const bottom = `level-${LEVELS}`;

function depthOf(tree: VisibleUnit): number {
  let depth = 0;
  for (let unit = tree; unit.children[0]; unit = unit.children[0]) depth++;
  return depth;
}

describe('10,000 levels of nesting', () => {
  it('indexes, counts and sums every level', () => {
    expect(deepIndex.order).toHaveLength(LEVELS + 1);
    expect(deepIndex.depthOf.get(bottom)).toBe(LEVELS);
    expect(countDuties(deep)).toBe(LEVELS + 1);
    expect(branchTotals(deepIndex, () => 1).get(deep.root.id)).toBe(LEVELS + 1);
    expect(ancestorsOf(deepIndex, [bottom]).size).toBe(LEVELS);
    expect(unitsWithChildren(deepIndex)).toHaveLength(LEVELS);
  });

  it('builds the visible tree expanded all the way, and collapsed', () => {
    expect(depthOf(visibleTree(deep.root, new Set()))).toBe(LEVELS);
    const collapsed = new Set(initialCollapsed(deepIndex));
    expect(collapsed.size).toBe(1);
    const shown = visibleTree(deep.root, collapsed);
    expect(depthOf(shown)).toBeLessThan(200);
  });

  it('lists the whole Outline and moves along it', () => {
    const items = outlineItems(deep.root, []);
    expect(items).toHaveLength(LEVELS + 1);
    expect(items.at(-1)).toMatchObject({ id: bottom, level: LEVELS + 1, setSize: 1 });
    expect(typeahead(items, 0, 'L')).toBe(1);
    expect(neighbour(deepIndex, bottom, 'parent')).toBe(`level-${LEVELS - 1}`);
    expect(readingNeighbours(deepIndex, bottom).previous).toBe(`level-${LEVELS - 1}`);
  });
});

describe('50,000 children under one parent', () => {
  const wide = wideOrganization(50_000);
  it('shows the first page of the group, then more, and pinned units beyond it', () => {
    const first = visibleTree(wide.root, new Set());
    expect(first.children).toHaveLength(CHILDREN_PAGE);
    expect(first.page).toEqual({ shown: CHILDREN_PAGE, total: 50_000 });

    const more = visibleTree(wide.root, new Set(), {
      shownOf: () => 2 * CHILDREN_PAGE,
      pinned: new Set(['unit-30000']),
    });
    expect(more.children).toHaveLength(2 * CHILDREN_PAGE + 1);
    expect(more.children.at(-1)!.id).toBe('unit-30000');
    expect(more.page).toEqual({ shown: 2 * CHILDREN_PAGE + 1, total: 50_000 });
  });

  it('shows a group of up to one page whole', () => {
    const tree = visibleTree(wideOrganization(CHILDREN_PAGE).root, new Set());
    expect(tree.children).toHaveLength(CHILDREN_PAGE);
    expect(tree.page).toBeUndefined();
  });
});
