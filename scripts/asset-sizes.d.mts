export type AssetClass = 'initial' | 'lazy' | 'data';

export interface AssetSize {
  /** Path inside the build, '/'-separated, e.g. `assets/index-abc123.js`. */
  file: string;
  class: AssetClass;
  bytes: number;
  gzipBytes: number;
}

export interface AssetTotal {
  files: number;
  bytes: number;
  gzipBytes: number;
}

export interface AssetReport {
  files: AssetSize[];
  totals: Record<AssetClass, AssetTotal>;
  budget: { bytes: number; initialGzipBytes: number; withinBudget: boolean };
}

export declare const INITIAL_BUDGET_BYTES: number;
export declare function htmlDependencies(html: string): string[];
export declare function staticImports(code: string): string[];
export declare function classifyAssets(contents: Map<string, string>): Map<string, AssetClass>;
export declare function measureAssets(distDir: string): AssetReport;
export declare function kb(bytes: number): string;
export declare function describeInitialLoad(report: AssetReport): string;
