/**
 * The export-format table: one row per format drives the Export menu, the file names and which
 * code runs. Adding a format is one runner module plus one row here. The runners load lazily,
 * so none of their code is in the first page load.
 */
import type { LayoutMode } from '../layout/layout-tree.ts';
import type { Organization } from '../model/organization.ts';
import type { OrganizationMatch } from '../search/match.ts';
import type { FileKind, PixelRatio } from './geometry.ts';

/** The part of the view an export reads (the app's store state has these fields). */
export interface ExportView {
  organization: Organization;
  layout: LayoutMode;
  collapsedIds: readonly string[];
  selectedId: string | null;
  query: string;
  functions: readonly string[];
  /** Pages of large sibling groups the user asked to see (the first page otherwise). */
  childPages?: Readonly<Record<string, number>>;
}

/** Everything a runner needs: the view, the filter's result, and the options the user chose. */
export interface ExportContext {
  view: ExportView;
  match: OrganizationMatch;
  /** The theme a picture is drawn in: light unless the user asked for the current theme. */
  theme: 'light' | 'dark';
  pixelRatio: PixelRatio;
  /** For data formats: only the duties the filter matches. */
  matchingOnly: boolean;
}

/**
 * What a runner did: `downloaded` a file, or prepared a `print` (the view then opens the print
 * dialog); `message` tells the user.
 */
export interface ExportOutcome {
  kind: 'downloaded' | 'print';
  message: string;
}

export type ExportRunner = (context: ExportContext, format: ExportFormat) => Promise<ExportOutcome>;

export interface ExportFormat {
  id: string;
  /** The menu item's name; data formats get ": all duties" / ": matching duties only" after it. */
  label: string;
  /** How the "Preparing …" message names what is being made. */
  noun: string;
  /**
   * `picture`: the whole chart, at the chosen resolution and theme; `print`: the print dialog;
   * `data`: the duties, all of them or only those the filter matches; `table`: the functions
   * table, counted as it is on screen.
   */
  group: 'picture' | 'print' | 'data' | 'table';
  /** What the downloaded file holds and its extension; null when nothing is downloaded. */
  file: FileKind | null;
  /**
   * For data formats: what the file holds, said under the menu item, for all duties and for the
   * filter's matches (which never make a whole organisation).
   */
  contains?: { all: string; matching: string };
  /** What the file of a format that is not a duty list holds (said under its label). */
  holds?: string;
  load: () => Promise<ExportRunner>;
}

const chartFile = (extension: string): FileKind => ({ content: 'org-chart', extension });
const dutiesFile = (extension: string): FileKind => ({ content: 'duties', extension });

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'png',
    label: 'PNG image',
    noun: 'the PNG image',
    group: 'picture',
    file: chartFile('png'),
    load: () => import('./run-png.ts').then((m) => m.exportPng),
  },
  {
    id: 'svg',
    label: 'SVG image (vector)',
    noun: 'the SVG image',
    group: 'picture',
    file: chartFile('svg'),
    load: () => import('./run-svg.ts').then((m) => m.exportSvg),
  },
  {
    id: 'print',
    label: 'Print or save as PDF…',
    noun: 'the printable handbook',
    group: 'print',
    file: null,
    load: () => import('./run-print.ts').then((m) => m.printHandbook),
  },
  {
    id: 'csv',
    label: 'CSV',
    noun: 'the CSV file',
    group: 'data',
    file: dutiesFile('csv'),
    contains: {
      all: 'Every unit and duty; opens again in Orgscope',
      matching: 'Only the matching duties, not every unit',
    },
    load: () => import('./run-data.ts').then((m) => m.exportCsv),
  },
  {
    id: 'json',
    label: 'JSON',
    noun: 'the JSON file',
    group: 'data',
    file: dutiesFile('json'),
    contains: {
      all: 'Every duty, by unit, with its functions',
      matching: 'Only the matching duties, by unit',
    },
    load: () => import('./run-data.ts').then((m) => m.exportJson),
  },
  {
    id: 'functions-csv',
    label: 'Functions table (CSV)',
    noun: 'the functions table',
    group: 'table',
    file: { content: 'functions-table', extension: 'csv' },
    holds: 'Each unit’s duties counted by function',
    load: () => import('./run-matrix.ts').then((m) => m.exportMatrixCsv),
  },
];

/** One item of the Export menu that runs an export. */
export interface ExportEntry {
  /** Unique in the menu, e.g. `png` or `csv-matching`. */
  key: string;
  label: string;
  /** What the file holds, said under the label; absent for pictures and print. */
  hint?: string;
  format: ExportFormat;
  matchingOnly: boolean;
  /** The first item of a new group, drawn with a line above it. */
  startsGroup: boolean;
}

/**
 * The menu items for the formats, in table order: one per format, and for data formats a second,
 * "matching duties only", while a filter is on.
 */
export function exportEntries(
  formats: readonly ExportFormat[],
  filterActive: boolean,
): ExportEntry[] {
  const entries: ExportEntry[] = [];
  let group: ExportFormat['group'] | null = null;
  for (const format of formats) {
    const startsGroup = format.group !== group;
    group = format.group;
    if (format.group !== 'data') {
      entries.push({
        key: format.id,
        label: format.label,
        ...(format.holds ? { hint: format.holds } : {}),
        format,
        matchingOnly: false,
        startsGroup,
      });
      continue;
    }
    entries.push({
      key: `${format.id}-all`,
      label: `${format.label}: all duties`,
      ...(format.contains ? { hint: format.contains.all } : {}),
      format,
      matchingOnly: false,
      startsGroup,
    });
    if (filterActive) {
      entries.push({
        key: `${format.id}-matching`,
        label: `${format.label}: matching duties only`,
        ...(format.contains ? { hint: format.contains.matching } : {}),
        format,
        matchingOnly: true,
        startsGroup: false,
      });
    }
  }
  return entries;
}

/** Starts loading every runner, e.g. when the pointer reaches the Export button. */
export function prefetchRunners(formats: readonly ExportFormat[] = EXPORT_FORMATS): void {
  for (const format of formats) void format.load();
}
