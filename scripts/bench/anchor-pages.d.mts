export interface Unit {
  id: string;
  name: string;
  duties: unknown[];
  children: Unit[];
}
export interface Organisation {
  name: string;
  root: Unit;
}
export interface Row {
  id: string;
  parentId: string;
  name: string;
  count: string;
}
export declare const CARD: { width: number; height: number };
export declare function unitRows(organisation: Organisation): Row[];
export declare function d3OrgChartPage(rows: Row[]): Record<string, string>;
export declare function staticCardsPage(rows: Row[], viewport: { width: number }): string;
