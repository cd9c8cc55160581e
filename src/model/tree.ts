import type { Office, OrganizationIndex } from './organization.ts';

/**
 * A lookup worked out once per organisation index: an organisation never changes once read, so
 * the large ones pay for each walk over all their units once, not on every view.
 */
function oncePerIndex<T>(
  compute: (index: OrganizationIndex) => T,
): (index: OrganizationIndex) => T {
  const cache = new WeakMap<OrganizationIndex, T>();
  return (index) => {
    if (!cache.has(index)) cache.set(index, compute(index));
    return cache.get(index)!;
  };
}

/** Above this many units, an organisation opens with its deeper levels collapsed. */
export const OPEN_EXPANDED_UP_TO = 150;

/**
 * The units to collapse when an organisation opens: none for a small one; for a large one, every
 * unit with children from the shallowest depth at which at most {@link OPEN_EXPANDED_UP_TO} units
 * would still show (always showing at least the root's children).
 */
export const initialCollapsed = oncePerIndex((index): readonly string[] => {
  if (index.order.length <= OPEN_EXPANDED_UP_TO) return [];
  const perDepth: number[] = [];
  for (const depth of index.depthOf.values()) perDepth[depth] = (perDepth[depth] ?? 0) + 1;
  let shown = 0;
  let openTo = 0;
  for (let depth = 0; depth < perDepth.length; depth++) {
    shown += perDepth[depth] ?? 0;
    if (shown > OPEN_EXPANDED_UP_TO && depth > 1) break;
    openTo = depth;
  }
  const collapsed: string[] = [];
  for (const id of index.order) {
    if (index.depthOf.get(id) === openTo && index.byId.get(id)!.children.length > 0) {
      collapsed.push(id);
    }
  }
  return collapsed;
});

/** Every unit above the given ones: the path that must be open to show them. */
export function ancestorsOf(index: OrganizationIndex, ids: Iterable<string>): Set<string> {
  const ancestors = new Set<string>();
  for (const id of ids) {
    let parent = index.parentOf.get(id);
    while (parent !== undefined && !ancestors.has(parent)) {
      ancestors.add(parent);
      parent = index.parentOf.get(parent);
    }
  }
  return ancestors;
}

/** A unit in the visible tree, with how many units its collapse hides. */
export interface VisibleUnit {
  id: string;
  children: VisibleUnit[];
  /** Units below this one that are hidden because it is collapsed (0 when open). */
  hidden: number;
  /**
   * For a unit with a large group of children shown a page at a time: how many of its children
   * are shown and how many it has. The chart draws a "show more" card after the shown ones.
   */
  page?: { shown: number; total: number };
}

/** A unit with more children than this shows them a page at a time. */
export const CHILDREN_PAGE = 200;

/** Which children of a large sibling group the chart shows. */
export interface Paging {
  /** How many children of `parentId` to show, when more than the first page was asked for. */
  shownOf: (parentId: string) => number | undefined;
  /** Units to show even beyond their group's page (the selected unit, revealed matches). */
  pinned: ReadonlySet<string>;
}

const NO_PAGING: Paging = { shownOf: () => undefined, pinned: new Set() };

/** Whether any unit has more children than one page: only then is the chart paged. */
export const hasLargeGroup = oncePerIndex((index): boolean => {
  for (const office of index.byId.values()) if (office.children.length > CHILDREN_PAGE) return true;
  return false;
});

/** How many of a group of `total` children the chart shows, before any pinned ones. */
export function pageLimit(total: number, asked: number | undefined): number {
  if (total <= CHILDREN_PAGE) return total;
  return Math.min(total, Math.max(CHILDREN_PAGE, asked ?? CHILDREN_PAGE));
}

/**
 * The tree as shown: collapsed units keep their card but not their descendants, and a large
 * sibling group shows its first page (plus any pinned units). Built with an explicit stack, so
 * any depth is safe.
 */
export function visibleTree(
  root: Office,
  collapsed: ReadonlySet<string>,
  paging: Paging = NO_PAGING,
): VisibleUnit {
  const sizes = subtreeSizes(root);
  const top: VisibleUnit = { id: root.id, children: [], hidden: 0 };
  const stack: { office: Office; unit: VisibleUnit }[] = [{ office: root, unit: top }];
  while (stack.length > 0) {
    const { office, unit } = stack.pop()!;
    const children = office.children;
    if (children.length === 0) continue;
    if (collapsed.has(office.id)) {
      unit.hidden = sizes.get(office)! - 1;
      continue;
    }
    const limit = pageLimit(children.length, paging.shownOf(office.id));
    let shown = 0;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (i >= limit && !paging.pinned.has(child.id)) continue;
      const childUnit: VisibleUnit = { id: child.id, children: [], hidden: 0 };
      unit.children.push(childUnit);
      stack.push({ office: child, unit: childUnit });
      shown++;
    }
    if (shown < children.length) unit.page = { shown, total: children.length };
  }
  return top;
}

/** The id of the "show more" card after a paged group of `parentId`'s children. */
export const moreCardId = (parentId: string) => `more ${parentId}`;

/** Whether a chart card id is a "show more" card (unit ids never hold whitespace). */
export const isMoreCardId = (id: string) => id.startsWith('more ');

/** The parent whose group a "show more" card belongs to. */
export const parentOfMoreCard = (id: string) => id.slice('more '.length);

/** Subtree sizes by root: units never change once read, so one count serves every view. */
const sizesCache = new WeakMap<Office, Map<Office, number>>();

/** How many units each subtree holds, itself included (worked out once per tree). */
export function subtreeSizes(root: Office): Map<Office, number> {
  const cached = sizesCache.get(root);
  if (cached) return cached;
  const sizes = new Map<Office, number>();
  sizesCache.set(root, sizes);
  const stack: { office: Office; done: boolean }[] = [{ office: root, done: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.done) {
      let size = 1;
      for (const child of top.office.children) size += sizes.get(child)!;
      sizes.set(top.office, size);
    } else {
      stack.push({ office: top.office, done: true });
      for (const child of top.office.children) stack.push({ office: child, done: false });
    }
  }
  return sizes;
}

/** Sums a per-unit count over each unit's whole branch, e.g. matching duties per branch. */
export function branchTotals(
  index: OrganizationIndex,
  countOf: (id: string) => number,
): Map<string, number> {
  const totals = new Map<string, number>();
  // Reverse depth-first order visits every child before its parent.
  for (let i = index.order.length - 1; i >= 0; i--) {
    const id = index.order[i]!;
    let total = countOf(id);
    for (const child of index.byId.get(id)!.children) total += totals.get(child.id) ?? 0;
    totals.set(id, total);
  }
  return totals;
}

/** Every unit that has children, for "Collapse all". */
export const unitsWithChildren = oncePerIndex((index): readonly string[] =>
  index.order.filter((id) => index.byId.get(id)!.children.length > 0),
);

/** The most cards "Expand all" draws; beyond it, panning and zooming would no longer keep up. */
export const MAX_EXPANDED_CARDS = 20_000;

/**
 * What "Expand all" opens: everything when the whole organisation fits in `limit` cards, else
 * every level down to the deepest that keeps the cards shown within `limit` (units below it
 * stay collapsed). `shown` counts the cards that will be drawn.
 */
export function stagedExpansion(
  index: OrganizationIndex,
  limit: number = MAX_EXPANDED_CARDS,
): { collapsedIds: string[]; shown: number; complete: boolean } {
  const total = index.order.length;
  if (total <= limit) return { collapsedIds: [], shown: total, complete: true };
  const perDepth: number[] = [];
  for (const depth of index.depthOf.values()) perDepth[depth] = (perDepth[depth] ?? 0) + 1;
  // Open to depth d: every unit down to d + 1 shows (the children of the last open level).
  let shown = perDepth[0] ?? 1;
  let openTo = -1;
  for (let depth = 0; depth + 1 < perDepth.length; depth++) {
    const next = shown + (perDepth[depth + 1] ?? 0);
    if (next > limit) break;
    shown = next;
    openTo = depth;
  }
  const collapsedIds: string[] = [];
  for (const id of index.order) {
    if (index.depthOf.get(id) === openTo + 1 && index.byId.get(id)!.children.length > 0) {
      collapsedIds.push(id);
    }
  }
  if (openTo === -1) collapsedIds.splice(0, collapsedIds.length, index.order[0]!);
  return { collapsedIds, shown, complete: false };
}
