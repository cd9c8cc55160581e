import { describe, expect, it } from 'vitest';
import type { Office } from './organization.ts';
import { outlineItems, typeahead } from './outline.ts';

const unit = (id: string, children: Office[] = []): Office => ({
  id,
  name: id.toUpperCase(),
  duties: [],
  missingNumbers: [],
  children,
});
const root = unit('root', [unit('alpha', [unit('a1'), unit('a2')]), unit('beta'), unit('gamma')]);

describe('outlineItems', () => {
  it('lists every unit depth first with level, set size and position', () => {
    const items = outlineItems(root, []);
    expect(items.map((i) => i.id)).toEqual(['root', 'alpha', 'a1', 'a2', 'beta', 'gamma']);
    expect(items[0]).toMatchObject({
      level: 1,
      setSize: 1,
      positionInSet: 1,
      hasChildren: true,
      expanded: true,
      parentId: null,
    });
    expect(items[2]).toMatchObject({
      level: 3,
      setSize: 2,
      positionInSet: 1,
      parentId: 'alpha',
      hasChildren: false,
      expanded: false,
    });
    expect(items[5]).toMatchObject({ level: 2, setSize: 3, positionInSet: 3 });
  });

  it('hides the children of collapsed units', () => {
    expect(outlineItems(root, ['alpha']).map((i) => i.id)).toEqual([
      'root',
      'alpha',
      'beta',
      'gamma',
    ]);
    expect(outlineItems(root, ['root']).map((i) => i.id)).toEqual(['root']);
    expect(outlineItems(root, ['alpha'])[1]!.expanded).toBe(false);
  });
});

describe('typeahead', () => {
  it('finds the next match after the current row and wraps', () => {
    const items = outlineItems(root, []);
    expect(typeahead(items, 0, 'b')).toBe(4);
    expect(typeahead(items, 4, 'a')).toBe(1);
    expect(typeahead(items, 0, 'zz')).toBe(-1);
  });
});
