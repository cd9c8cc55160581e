// Summaries of timing samples for `npm run bench`: pure functions, unit-tested in stats.test.ts.

/**
 * @typedef {{ runs: number, median: number | null, min: number | null, max: number | null,
 *   samples: number[], errors: string[] }} Summary
 */

/**
 * Median, min and max of the samples that succeeded; failed runs are kept as error messages.
 * @param {(number | null)[]} samples
 * @param {string[]} [errors]
 * @returns {Summary}
 */
export function summarize(samples, errors = []) {
  /** @type {number[]} */
  const ok = samples.filter((n) => typeof n === 'number');
  const sorted = [...ok].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  /** @type {number | null} */
  let median = null;
  if (sorted.length > 0) {
    median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  return {
    runs: samples.length,
    median: round(median),
    min: round(sorted[0] ?? null),
    max: round(sorted.at(-1) ?? null),
    samples: ok.map((n) => /** @type {number} */ (round(n))),
    errors,
  };
}

/**
 * Rounds to a tenth of a millisecond, the precision the bench reports.
 * @param {number | null} n
 */
export function round(n) {
  return n === null ? null : Math.round(n * 10) / 10;
}

/**
 * The first line of an error's message: Playwright's messages carry a call log after it.
 * @param {unknown} error
 */
export function message(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
