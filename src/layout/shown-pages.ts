/**
 * Which children of large sibling groups the chart shows: the pages the user asked for, plus the
 * selected unit and the filter's revealed matches wherever they are, so a unit chosen from the
 * Outline, a link or a result is always on the chart. The screen and the export share this.
 */
import type { OrganizationIndex } from '../model/organization.ts';
import { CHILDREN_PAGE, pageLimit, type Paging } from '../model/tree.ts';
import type { OrganizationMatch } from '../search/match.ts';
import { MAX_REVEALED_MATCHES } from './shown-collapsed.ts';

/**
 * The paging for the chart, as a string (read back with {@link pagingOf}). Only units beyond
 * their group's page are pinned, so the string (and the layout) stays the same while typing does
 * not move a match past a page.
 */
export function shownPaging(
  index: OrganizationIndex,
  childPages: Readonly<Record<string, number>>,
  selectedId: string | null,
  match: Pick<OrganizationMatch, 'active' | 'matchedOfficeIds'>,
): string {
  const wanted: string[] = selectedId !== null && index.byId.has(selectedId) ? [selectedId] : [];
  if (match.active && match.matchedOfficeIds.length <= MAX_REVEALED_MATCHES) {
    wanted.push(...match.matchedOfficeIds);
  }
  const pinned = new Set<string>();
  const seen = new Set<string>();
  for (const id of wanted) {
    // Walk up to the root, pinning each unit that sits past its group's page.
    let child = id;
    let parent = index.parentOf.get(child);
    while (parent !== undefined && !seen.has(child)) {
      seen.add(child);
      const siblings = index.byId.get(parent)!.children;
      if (siblings.length > CHILDREN_PAGE) {
        const limit = pageLimit(siblings.length, childPages[parent]);
        if (positionOf(index, parent, child) >= limit) pinned.add(child);
      }
      child = parent;
      parent = index.parentOf.get(child);
    }
  }
  const pages = Object.entries(childPages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Unit ids hold no whitespace, so a space and newlines separate them safely.
  return [...pages.map(([id, n]) => `${id} ${n}`), '', ...[...pinned].sort()].join('\n');
}

/** The paging a {@link shownPaging} string stands for. */
export function pagingOf(key: string): Paging {
  const lines = key.split('\n');
  const gap = lines.indexOf('');
  const pages = new Map<string, number>();
  for (const line of lines.slice(0, gap)) {
    const space = line.lastIndexOf(' ');
    pages.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return { shownOf: (id) => pages.get(id), pinned: new Set(lines.slice(gap + 1)) };
}

const positions = new WeakMap<OrganizationIndex, Map<string, number>>();

/** Where a unit sits among its siblings, from a table built once per organisation. */
function positionOf(index: OrganizationIndex, parentId: string, id: string): number {
  let table = positions.get(index);
  if (!table) {
    table = new Map();
    for (const unitId of index.order) {
      index.byId.get(unitId)!.children.forEach((c, i) => table!.set(c.id, i));
    }
    positions.set(index, table);
  }
  return table.get(id) ?? index.byId.get(parentId)!.children.findIndex((c) => c.id === id);
}
