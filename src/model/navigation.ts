import type { OrganizationIndex } from './organization.ts';

export type Direction = 'parent' | 'child' | 'previous' | 'next' | 'first' | 'last';

/**
 * The unit a keyboard user reaches from `id` by moving in `direction`: up to the parent, down to
 * the first child, or along the siblings. Returns null where there is nowhere to go.
 */
export function neighbour(
  index: OrganizationIndex,
  id: string,
  direction: Direction,
): string | null {
  const office = index.byId.get(id);
  if (!office) return null;
  const parentId = index.parentOf.get(id);
  const siblings =
    parentId === undefined ? [office] : (index.byId.get(parentId)?.children ?? [office]);
  const position = siblings.findIndex((s) => s.id === id);
  switch (direction) {
    case 'parent':
      return parentId ?? null;
    case 'child':
      return office.children[0]?.id ?? null;
    case 'previous':
      return siblings[position - 1]?.id ?? null;
    case 'next':
      return siblings[position + 1]?.id ?? null;
    case 'first':
      return siblings[0]?.id ?? null;
    case 'last':
      return siblings.at(-1)?.id ?? null;
  }
}

/** The previous and next unit in reading (depth-first) order, skipping the root. */
export function readingNeighbours(
  index: OrganizationIndex,
  id: string,
): { previous: string | null; next: string | null } {
  const units = index.order.slice(1);
  const position = units.indexOf(id);
  if (position === -1) return { previous: null, next: null };
  return { previous: units[position - 1] ?? null, next: units[position + 1] ?? null };
}
