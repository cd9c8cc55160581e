import './function-matrix.css';
import { useState, type CSSProperties } from 'react';
import { EXPORT_FORMATS } from '../export/formats.ts';
import { formatCount, formatNumber } from '../model/format.ts';
import { cellShade } from '../palette/cell-shade.ts';
import {
  nextSort,
  sortRows,
  SOURCE_ORDER,
  type FunctionMatrix,
  type MatrixRow,
  type MatrixSort,
  type MatrixSortKey,
} from '../search/function-matrix.ts';
import type { DutyFunction } from '../search/functions.ts';
import { useOrgStore, useOrgStoreApi } from '../store/org-store.ts';
import { useFilterMatch } from '../view-state/filter-context.ts';
import { useFunctionMatrix } from '../view-state/function-matrix.ts';
import { DownloadIcon, Icon } from './icons.tsx';
import { runExportFormat } from './run-export-format.ts';
import { SharedWorkList } from './SharedWorkList.tsx';

const CSV_FORMAT = EXPORT_FORMATS.find((format) => format.id === 'functions-csv')!;

/**
 * The functions table: who does what at a glance. A row per unit the chart shows, a column per
 * function, each cell the number of duties (always written, the shade only repeats it). A count
 * opens the chart on that unit with that function filtered; any column sorts.
 */
export function FunctionMatrixView() {
  const matrix = useFunctionMatrix();
  const match = useFilterMatch();
  const store = useOrgStoreApi();
  const [sort, setSort] = useState<MatrixSort>(SOURCE_ORDER);
  const rows = sortRows(matrix, sort);
  const filtered = match.query.terms.length > 0;
  const query = useOrgStore((s) => s.query.trim());
  const download = () =>
    runExportFormat(
      store,
      { view: store.getState(), match, theme: 'light', pixelRatio: 1, matchingOnly: false },
      CSV_FORMAT,
    );
  return (
    <section className="matrix" id="functions-table" aria-labelledby="matrix-heading">
      <div className="matrix__intro">
        <div>
          <h2 id="matrix-heading">Who does what</h2>
          <p className="matrix__lead">
            How many of each unit’s duties belong to each function
            {filtered ? <> and match “{query}”</> : null}. A duty can belong to several functions.
            Select a number to see those duties on the chart.
          </p>
        </div>
        <button type="button" className="button" onClick={download}>
          <DownloadIcon /> Download CSV
        </button>
      </div>
      <div
        className="matrix__scroll"
        role="region"
        aria-labelledby="matrix-caption"
        // Focusable, so the keyboard can scroll the table where it is wider than the screen.
        tabIndex={0}
      >
        <table className="matrix__table">
          <caption id="matrix-caption">
            Duties by unit and function{filtered ? `, matching “${query}”` : ''}
            <span className="visually-hidden">{sortDescription(sort, matrix.functions)}</span>
          </caption>
          <thead>
            <tr>
              <SortHeader sort={sort} sortKey="name" label="Unit" onSort={setSort} />
              <SortHeader sort={sort} sortKey="duties" label="Duties" onSort={setSort} />
              {matrix.functions.map((tag) => (
                <SortHeader
                  key={tag.id}
                  sort={sort}
                  sortKey={tag.id}
                  label={tag.label}
                  tag={tag}
                  onSort={setSort}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <MatrixRowView
                key={row.unitId}
                row={row}
                matrix={matrix}
                indent={sort.key === 'source'}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All units</th>
              <td>{formatNumber(matrix.totals.duties)}</td>
              {matrix.totals.counts.map((count, t) => (
                <td key={matrix.functions[t]!.id}>{formatNumber(count)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {sort.key !== 'source' && (
        <p className="matrix__sorted">
          <button type="button" className="link-button" onClick={() => setSort(SOURCE_ORDER)}>
            Back to the source’s order
          </button>
        </p>
      )}
      <SharedWorkList unitIds={matrix.rows.map((row) => row.unitId)} />
    </section>
  );
}

/** "Sorted by Loans & credit, most first." for screen readers; nothing in source order. */
function sortDescription(sort: MatrixSort, functions: readonly DutyFunction[]): string {
  if (sort.key === 'source') return '';
  const label =
    sort.key === 'name'
      ? 'unit name'
      : sort.key === 'duties'
        ? 'duties'
        : (functions.find((tag) => tag.id === sort.key)?.label ?? sort.key);
  const order =
    sort.key === 'name'
      ? sort.direction === 'ascending'
        ? 'A to Z'
        : 'Z to A'
      : sort.direction === 'descending'
        ? 'most first'
        : 'fewest first';
  return `, sorted by ${label}, ${order}`;
}

function SortHeader({
  sort,
  sortKey,
  label,
  tag,
  onSort,
}: {
  sort: MatrixSort;
  sortKey: MatrixSortKey;
  label: string;
  tag?: DutyFunction;
  onSort: (sort: MatrixSort) => void;
}) {
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={tag ? 'matrix__fn-header fn' : undefined}
      style={tag ? swatchStyle(tag) : undefined}
    >
      <button
        type="button"
        className="matrix__sort"
        // Function columns show the label's first word (the chips above give it in full, in the
        // same colours and order); the button's name is the whole label.
        aria-label={tag ? label : undefined}
        title={tag ? label : undefined}
        onClick={() => onSort(nextSort(sort, sortKey))}
      >
        <span className="matrix__sort-label">{tag ? shortLabel(label) : label}</span>
        <SortIcon direction={active ? sort.direction : 'none'} />
      </button>
    </th>
  );
}

/** "Audit, inspection & discipline" → "Audit": a function's name in one word. */
const shortLabel = (label: string) => label.split(/[\s,&]/u)[0] ?? label;

const swatchStyle = (tag: DutyFunction) =>
  ({ '--fn-light': tag.colour, '--fn-dark': tag.darkColour }) as CSSProperties;

function MatrixRowView({
  row,
  matrix,
  indent,
}: {
  row: MatrixRow;
  matrix: FunctionMatrix;
  indent: boolean;
}) {
  const select = useOrgStore((s) => s.select);
  const showFunctionOfUnit = useOrgStore((s) => s.showFunctionOfUnit);
  const below = row.units - 1;
  // Offices sit at depth 1; deeper units step in, as in the Outline.
  const depth = indent ? Math.max(0, row.depth - 1) : 0;
  return (
    <tr>
      <th
        scope="row"
        style={{ '--depth': Math.min(depth, 8) } as CSSProperties}
        data-indented={depth > 0 || undefined}
      >
        <button type="button" className="link-button" onClick={() => select(row.unitId)}>
          {row.name}
        </button>
        {below > 0 && (
          <span className="matrix__below">with {formatCount(below, 'unit')} below</span>
        )}
      </th>
      <td>{formatNumber(row.duties)}</td>
      {matrix.functions.map((tag, t) => {
        const count = row.counts[t]!;
        const max = matrix.maxima[t]!;
        return (
          <td key={tag.id} className="matrix__cell" style={shadeStyle(tag, count, max)}>
            {count === 0 ? (
              <span className="matrix__zero">0</span>
            ) : (
              <button
                type="button"
                className="matrix__count"
                aria-label={`${formatNumber(count)} ${tag.label} ${count === 1 ? 'duty' : 'duties'} in ${row.name}: show on the chart`}
                onClick={() => showFunctionOfUnit(row.unitId, tag.id)}
              >
                {formatNumber(count)}
              </button>
            )}
          </td>
        );
      })}
    </tr>
  );
}

/** The cell's shade in both themes as custom properties; the stylesheet picks the theme's. */
function shadeStyle(tag: DutyFunction, count: number, max: number): CSSProperties {
  const light = cellShade(tag, count, max, 'light');
  const dark = cellShade(tag, count, max, 'dark');
  return {
    '--cell-bg-light': light.background,
    '--cell-fg-light': light.text,
    '--cell-bg-dark': dark.background,
    '--cell-fg-dark': dark.text,
  } as CSSProperties;
}

/** A column's sort: both arrows when unsorted, one when sorted. */
const SortIcon = ({ direction }: { direction: 'ascending' | 'descending' | 'none' }) => (
  <Icon width="14" height="14">
    {direction !== 'descending' && <path d="M8 10l4-4 4 4" />}
    {direction !== 'ascending' && <path d="M8 14l4 4 4-4" />}
  </Icon>
);
