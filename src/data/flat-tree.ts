import type { Office } from '../model/organization.ts';
import { formatNumber } from '../model/format.ts';
import { MAX_DEPTH } from './limits.ts';
import { quote, TOO_DEEP, withContext, type Collector } from './problems.ts';
import { UnitIds } from './unit-ids.ts';

/** One unit of a flat list, as a reader found it. */
export interface FlatUnit {
  /** The unit as read, without children; null when it could not be read at all. */
  office: Office | null;
  /** The id the input gives (numbers as text), or undefined to make one from the unit's name. */
  id: string | undefined;
  /** The parent's id as given, or null for a top unit. */
  parentId: string | null;
  /** Names the unit in messages, such as `(in unit "Roads", id "r")`; empty when it has no usable name. */
  context: string;
}

/** A flat list of units linked by parent ids, and how its format names places. */
export interface FlatTreeInput {
  /** How many units the list holds. */
  count: number;
  /**
   * Reads unit `index`. Called once per unit, in order, and not at all once the problems are
   * full, so a unit's own problems come before its id's and a hostile file stops early.
   */
  unitAt(index: number): FlatUnit;
  /** Where unit `index` is (`units[3]`, `row 4`), or one of its fields (`units[3].parentId`). */
  where(index: number, field?: 'id' | 'parentId'): string;
  /** Where the list itself is (`units`), for a list without a top unit. */
  whereList: string;
  /** How this format marks a top unit, ending "No unit is a root: …". */
  rootHint: string;
  /** The organisation's name: several top units go under a new root of that name. */
  organizationName: string;
  problems: Collector;
}

/**
 * Builds the tree of a flat id/parentId list: gives every unit its id (reporting duplicates),
 * links each to its parent (reporting unknown parents and cycles), finds the root (making one when
 * there are several top units) and checks the depth. Siblings keep the list's order whatever order
 * parents and children come in. Every step is a loop, so a chain of 50,000 units costs no stack.
 *
 * Returns null when there is no tree at all; otherwise the root, with ids made for units that gave
 * none once no problem was found. Problems go to `input.problems`.
 */
export function buildFlatTree(input: FlatTreeInput): Office | null {
  const { count, problems, where } = input;
  const ids = new UnitIds(problems);
  const offices: (Office | null)[] = [];
  const parentIds: (string | null)[] = [];
  const contexts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (problems.full) return null;
    const unit = input.unitAt(i);
    offices.push(unit.office);
    parentIds.push(unit.parentId);
    contexts.push(unit.context);
    if (!unit.office) continue;
    if (unit.id === undefined) ids.defer(unit.office, `unit-${i + 1}`);
    else {
      ids.claim(
        unit.office,
        unit.id,
        () => where(i),
        () => where(i, 'id'),
      );
    }
  }

  const indexOf = new Map<string, number>();
  offices.forEach((office, i) => {
    if (office && office.id && !indexOf.has(office.id)) indexOf.set(office.id, i);
  });
  const parentOf = parentIds.map((parentId, i) => {
    if (parentId === null) return -1;
    const found = indexOf.get(parentId);
    if (found === undefined && offices[i]) {
      problems.add(
        () => where(i, 'parentId'),
        withContext(`parentId ${quote(parentId)} matches no unit's id.`, contexts[i]!),
      );
    }
    return found ?? -1;
  });

  reportCycles(parentOf, offices, input);

  const roots = parentIds.flatMap((parentId, i) => (parentId === null && offices[i] ? [i] : []));
  if (roots.length === 0) {
    problems.add(() => input.whereList, `No unit is a root: ${input.rootHint}.`);
    return null;
  }
  offices.forEach((office, i) => {
    const parent = parentOf[i]!;
    if (office && parent !== -1) offices[parent]?.children.push(office);
  });
  let root = offices[roots[0]!]!;
  if (roots.length > 1) {
    root = {
      id: '',
      name: input.organizationName,
      duties: [],
      missingNumbers: [],
      children: roots.map((i) => offices[i]!),
    };
    ids.defer(root, 'organization', true);
  }

  // A made-up root is a level of its own, so the units below it may go one level less deep.
  const depthLimit = roots.length > 1 ? MAX_DEPTH - 1 : MAX_DEPTH;
  const stack: { office: Office; depth: number }[] = roots.map((i) => ({
    office: offices[i]!,
    depth: 0,
  }));
  while (stack.length > 0) {
    const { office, depth } = stack.pop()!;
    if (depth > depthLimit) {
      const i = indexOf.get(office.id) ?? 0;
      problems.add(() => where(i), TOO_DEEP);
      break;
    }
    for (const child of office.children) stack.push({ office: child, depth: depth + 1 });
  }
  if (problems.total === 0) ids.assign();
  return root;
}

/** Follows each chain of parents once; meeting a unit already on the current chain closes a cycle. */
function reportCycles(
  parentOf: readonly number[],
  offices: readonly (Office | null)[],
  { problems, where }: FlatTreeInput,
): void {
  const state = new Uint8Array(parentOf.length);
  for (let start = 0; start < parentOf.length; start++) {
    if (state[start] !== 0) continue;
    const chain: number[] = [];
    let at = start;
    while (at !== -1 && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      at = parentOf[at]!;
    }
    if (at !== -1 && state[at] === 1) {
      const found = chain.slice(chain.indexOf(at));
      // Start the cycle at its first unit in the file, so the report is the same whatever the order.
      const first = found.reduce((min, i) => Math.min(min, i));
      const from = found.indexOf(first);
      const cycle = [...found.slice(from), ...found.slice(0, from)];
      const ids = cycle.map((i) => offices[i]!.id);
      const shown =
        ids.length > 10 ? [...ids.slice(0, 9), `… (${formatNumber(ids.length)} units)`] : ids;
      problems.add(
        () => where(first, 'parentId'),
        cycle.length === 1
          ? `Unit ${quote(ids[0]!)} is its own parent.`
          : `parentIds form a cycle, so these units never reach the root: ${[...shown, ids[0]].join(' → ')}.`,
      );
    }
    for (const i of chain) state[i] = 2;
  }
}
