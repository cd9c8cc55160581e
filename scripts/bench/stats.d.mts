export interface Summary {
  runs: number;
  median: number | null;
  min: number | null;
  max: number | null;
  samples: number[];
  errors: string[];
}
export declare function summarize(samples: (number | null)[], errors?: string[]): Summary;
export declare function round(n: number | null): number | null;
export declare function message(error: unknown): string;
