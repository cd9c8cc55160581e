import type { Office } from './organization.ts';

/** One visible row of the Outline tree, with what the WAI-ARIA tree pattern needs. */
export interface OutlineItem {
  id: string;
  name: string;
  dutyCount: number;
  level: number;
  setSize: number;
  positionInSet: number;
  parentId: string | null;
  hasChildren: boolean;
  expanded: boolean;
}

/** The rows of the Outline, depth first, leaving out the children of collapsed units. */
export function outlineItems(root: Office, collapsedIds: readonly string[]): OutlineItem[] {
  const collapsed = new Set(collapsedIds);
  const items: OutlineItem[] = [];
  const stack: {
    office: Office;
    level: number;
    setSize: number;
    position: number;
    parentId: string | null;
  }[] = [{ office: root, level: 1, setSize: 1, position: 1, parentId: null }];
  while (stack.length > 0) {
    const { office, level, setSize, position, parentId } = stack.pop()!;
    const hasChildren = office.children.length > 0;
    const expanded = hasChildren && !collapsed.has(office.id);
    items.push({
      id: office.id,
      name: office.name,
      dutyCount: office.duties.length,
      level,
      setSize,
      positionInSet: position,
      parentId,
      hasChildren,
      expanded,
    });
    if (!expanded) continue;
    for (let i = office.children.length - 1; i >= 0; i--) {
      stack.push({
        office: office.children[i]!,
        level: level + 1,
        setSize: office.children.length,
        position: i + 1,
        parentId: office.id,
      });
    }
  }
  return items;
}

/** The next row whose name starts with `prefix`, after `fromIndex`, wrapping around. */
export function typeahead(
  items: readonly OutlineItem[],
  fromIndex: number,
  prefix: string,
): number {
  const wanted = prefix.toLocaleLowerCase();
  for (let step = 1; step <= items.length; step++) {
    const i = (fromIndex + step) % items.length;
    if (items[i]!.name.toLocaleLowerCase().startsWith(wanted)) return i;
  }
  return -1;
}
