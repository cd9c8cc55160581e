import type { Summary } from './stats.mjs';
import type { Table } from './tables.mjs';

export interface Ranked {
  question: string;
  expected: readonly string[];
  rank: number;
  first: string | null;
}

export interface QuestionResults {
  questions: number;
  top1: number;
  top3: number;
  misses: Ranked[];
  timings: { label: string; summary: Summary }[];
  large: { units: number; duties: number };
}

export declare const LARGE_UNITS: number;
export declare function measureQuestions(options?: { runs?: number }): Promise<QuestionResults>;
export declare function questionTables(results: QuestionResults): Table[];
