import type { Browser } from '@playwright/test';
import type { FirstViewRow } from './tables.mjs';

export declare function measureFirstView(
  browser: Browser,
  options: { runs: number; cases: { viewport: { width: number; height: number }; cpu: number }[] },
): Promise<{ runs: number; rows: FirstViewRow[] }>;
