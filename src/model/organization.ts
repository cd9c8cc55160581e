/**
 * The model every view works from: an organisation is a tree of units (the root is the
 * organisation itself, its descendants are offices, divisions, sections…), each with numbered duties.
 */

/** One numbered duty, as the source words it. */
export interface Duty {
  /** The number the source gives the duty (never renumbered). */
  number: number;
  /** The duty's text, verbatim apart from normalised whitespace and the removed number marker. */
  text: string;
}

/** A unit of the organisation: the organisation itself at the root, offices below it. */
export interface Office {
  /** Stable, URL-safe id, unique in the organisation. */
  id: string;
  name: string;
  duties: Duty[];
  /** Numbers the source's numbering skips between this office's duties, in order. */
  missingNumbers: number[];
  children: Office[];
}

/** Where the data came from, shown with the chart. */
export interface Attribution {
  /** The hosting site's own page title, kept as published. */
  title: string;
  /** Where the source was published, when known. */
  url?: string;
  /** A short note on the source's nature, e.g. that it is a machine translation. */
  note?: string;
}

export interface Organization {
  name: string;
  root: Office;
  attribution: Attribution;
}

/** Lookups derived once from an organisation's tree. */
export interface OrganizationIndex {
  byId: ReadonlyMap<string, Office>;
  parentOf: ReadonlyMap<string, string>;
  /** Every unit id in depth-first, source order (root first). */
  order: readonly string[];
  depthOf: ReadonlyMap<string, number>;
}

const indexCache = new WeakMap<Organization, OrganizationIndex>();

/**
 * The lookups (by id, parent, depth, order) for an organisation, built once per organisation
 * object: organisations are treated as immutable.
 */
export function indexOrganization(org: Organization): OrganizationIndex {
  let index = indexCache.get(org);
  if (!index) {
    index = buildIndex(org);
    indexCache.set(org, index);
  }
  return index;
}

/**
 * Records lookups built along with the organisation (a large one is assembled in steps, and its
 * lookups with it, so no single task builds them all at once). They must be what
 * {@link indexOrganization} would build.
 */
export function primeIndex(org: Organization, index: OrganizationIndex): void {
  indexCache.set(org, index);
}

function buildIndex(org: Organization): OrganizationIndex {
  const byId = new Map<string, Office>();
  const parentOf = new Map<string, string>();
  const depthOf = new Map<string, number>();
  const order: string[] = [];
  // An explicit stack: user-supplied trees may be far deeper than the call stack allows.
  const stack: { office: Office; depth: number; parent?: string }[] = [
    { office: org.root, depth: 0 },
  ];
  while (stack.length > 0) {
    const { office, depth, parent } = stack.pop()!;
    byId.set(office.id, office);
    depthOf.set(office.id, depth);
    order.push(office.id);
    if (parent !== undefined) parentOf.set(office.id, parent);
    for (let i = office.children.length - 1; i >= 0; i--) {
      stack.push({ office: office.children[i]!, depth: depth + 1, parent: office.id });
    }
  }
  return { byId, parentOf, order, depthOf };
}

/** Duty totals by organisation: an organisation never changes once read. */
const dutyTotals = new WeakMap<Organization, number>();

/** Counts every duty in the organisation. */
export function countDuties(org: Organization): number {
  const known = dutyTotals.get(org);
  if (known !== undefined) return known;
  let total = 0;
  const stack: Office[] = [org.root];
  while (stack.length > 0) {
    const office = stack.pop()!;
    total += office.duties.length;
    for (const child of office.children) stack.push(child);
  }
  dutyTotals.set(org, total);
  return total;
}

/**
 * The numbers the source skips just before the duty at `dutyIndex` (`[4]` when item 3 is followed
 * by item 5), so every view says "No item 4" in the same place.
 */
export function skippedBefore(office: Office, dutyIndex: number): number[] {
  const duty = office.duties[dutyIndex];
  if (!duty || office.missingNumbers.length === 0) return [];
  const previous = office.duties[dutyIndex - 1]?.number ?? 0;
  return office.missingNumbers.filter((n) => n > previous && n < duty.number);
}
