import type { AssetReport } from '../asset-sizes.mjs';
import type { Summary } from './stats.mjs';

export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  right?: number[];
}
export interface Timings {
  chartReady: Summary;
  selectionToPanel: Summary;
  keystrokeToFiltered: Summary & { perKey: Record<string, Summary> };
  keystrokeToDomUpdated: Summary;
  pngExport2x: Summary;
}
export interface ScaleRow {
  units: number;
  fileBytes: number;
  readToChartReady: Summary;
  layout: Summary;
  keystrokeToFiltered: Summary;
  domNodes: number[];
  errors: string[];
}
export interface FirstViewRow {
  viewport: { width: number; height: number };
  cpu: number;
  cls: Summary;
  cardPainted: Summary;
  clickToPanel: Summary;
  panelShown: Summary;
}
export declare function firstViewTable(firstView: { runs: number; rows: FirstViewRow[] }): Table;
export interface AnchorResult {
  id: string;
  label: string;
  path: string;
  selector: string;
  ready: Summary;
  settled: Summary;
}
export declare function ms(value: number | null | undefined): string;
export declare function formatTable(table: Table): string;
export declare function print(table: Table): void;
export declare function timingRow(label: string, s: Summary): string[];
export declare function assetsTable(assets: AssetReport): Table;
export declare function budgetLine(assets: AssetReport): string;
export declare function timingsTable(
  timings: Timings,
  scenario: { office: string; filterText: string },
): Table;
export declare function scaleTable(scale: {
  runs: number;
  filterKey: string;
  sizes: ScaleRow[];
}): Table;
export declare function auditTable(counts: Record<string, number>): Table;
export declare function ratio(value: number | null, base: number | null): string;
export declare function anchorsTable(anchors: {
  runs: number;
  cards: number;
  cpu?: number;
  targets: AnchorResult[];
}): Table;
