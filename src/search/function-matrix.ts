/**
 * The functions table: a row per unit the chart shows, a column per function, each cell the
 * number of the unit's duties in that function. A collapsed unit's row counts its whole branch,
 * as its card does, so the rows together always cover every duty once and each column adds up
 * to its chip's count. Counting is `officeFunctionCounts`, the chips' own.
 */
import { indexOrganization, type Organization } from '../model/organization.ts';
import { officeFunctionCounts } from './function-counts.ts';
import { DUTY_FUNCTIONS, type DutyFunction } from './functions.ts';
import { buildSearchIndex, EMPTY_QUERY, indexOffice, type Query } from './match.ts';

export interface MatrixRow {
  unitId: string;
  name: string;
  /** The unit above, or null for the organisation itself. */
  parentId: string | null;
  /** Depth in the organisation (the root is 0), for indenting rows in source order. */
  depth: number;
  /** How many units the row stands for: 1, or a collapsed unit and every unit below it. */
  units: number;
  /** Duties the row stands for (those matching the typed filter, when there is one). */
  duties: number;
  /** Per function, in `FunctionMatrix.functions` order: how many of those duties are in it. */
  counts: readonly number[];
}

export interface FunctionMatrix {
  functions: readonly DutyFunction[];
  /** In depth-first source order. */
  rows: readonly MatrixRow[];
  /** Every row added up: the whole organisation, as the chips count it. */
  totals: { duties: number; counts: readonly number[] };
  /** The largest count in each column, for shading. */
  maxima: readonly number[];
}

/**
 * Builds the table for the units shown when `collapsed` (the collapse the chart shows) is
 * applied. The root gets a row only when it has duties of its own or is collapsed itself: the
 * table is about the units of the organisation, not the organisation as a whole. Iterative and
 * linear in the number of units.
 */
export function functionMatrix(
  org: Organization,
  collapsed: ReadonlySet<string>,
  query: Query = EMPTY_QUERY,
  functions: readonly DutyFunction[] = DUTY_FUNCTIONS,
): FunctionMatrix {
  const index = indexOrganization(org);
  // The chips count with the same index; it holds each duty's function ranges once.
  if (functions === DUTY_FUNCTIONS) buildSearchIndex(org);
  const rows: MatrixRow[] = [];
  const totals = { duties: 0, counts: functions.map(() => 0) };
  // In depth-first order a collapsed unit's branch is the run of deeper units after it.
  let open: { row: MatrixRow & { counts: number[] }; depth: number } | null = null;
  for (const id of index.order) {
    const depth = index.depthOf.get(id)!;
    const unit = index.byId.get(id)!;
    const { duties, counts } = officeFunctionCounts(indexOffice(unit), query, functions);
    totals.duties += duties;
    counts.forEach((count, t) => (totals.counts[t]! += count));
    if (open && depth > open.depth) {
      open.row.units++;
      open.row.duties += duties;
      counts.forEach((count, t) => (open!.row.counts[t]! += count));
      continue;
    }
    open = null;
    const isCollapsed = collapsed.has(id) && unit.children.length > 0;
    const row = {
      unitId: id,
      name: unit.name,
      parentId: index.parentOf.get(id) ?? null,
      depth,
      units: 1,
      duties,
      counts,
    };
    if (isCollapsed) open = { row, depth };
    if (depth === 0 && unit.duties.length === 0 && !isCollapsed) continue;
    rows.push(row);
  }
  const maxima = functions.map(() => 0);
  for (const row of rows)
    row.counts.forEach((count, t) => (maxima[t] = Math.max(maxima[t]!, count)));
  return { functions, rows, totals, maxima };
}

/** What the table is sorted by: source order, the unit's name, its duties, or a function's id. */
export type MatrixSortKey = 'source' | 'name' | 'duties' | string;

export interface MatrixSort {
  key: MatrixSortKey;
  direction: 'ascending' | 'descending';
}

/** The table's first order: the source's, as the chart and the Outline list the units. */
export const SOURCE_ORDER: MatrixSort = { key: 'source', direction: 'ascending' };

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The rows in the order asked for; ties (and a key that names no column) keep source order, so
 * the same sort always gives the same table.
 */
export function sortRows(matrix: FunctionMatrix, sort: MatrixSort): MatrixRow[] {
  const rows = matrix.rows.map((row, position) => ({ row, position }));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const column = matrix.functions.findIndex((tag) => tag.id === sort.key);
  const compare = (a: MatrixRow, b: MatrixRow): number => {
    if (sort.key === 'name') return byName.compare(a.name, b.name);
    if (sort.key === 'duties') return a.duties - b.duties;
    if (column >= 0) return a.counts[column]! - b.counts[column]!;
    return 0;
  };
  rows.sort((a, b) => sign * compare(a.row, b.row) || a.position - b.position);
  return rows.map(({ row }) => row);
}

/**
 * The sort after pressing a column's header: counts start with the most, names from A; a second
 * press reverses; source order has no direction to reverse.
 */
export function nextSort(current: MatrixSort, key: MatrixSortKey): MatrixSort {
  if (key === 'source') return SOURCE_ORDER;
  if (current.key === key) {
    return {
      key,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}
