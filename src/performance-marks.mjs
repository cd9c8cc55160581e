// The names of the performance entries the app sets and `npm run bench` reads, declared once.
// Plain JavaScript so that the benchmark, which runs on Node 20 without a TypeScript loader, can
// import it; the app imports it too (types in performance-marks.d.mts). It imports nothing, so any
// layer may use it.

/** Mark set when the chart is first on screen (its time is from navigation start). */
export const CHART_READY_MARK = 'orgscope:chart-ready';

/** Measure of each layout computation. */
export const LAYOUT_MEASURE = 'orgscope:layout';

/** Mark set when the user chooses a file to open (picked or dropped), before anything is read. */
export const FILE_CHOSEN_MARK = 'orgscope:file-chosen';

/** Mark set once a chosen file passed the checks of its size and first bytes and goes to be read. */
export const ORG_READ_MARK = 'orgscope:org-read';

/**
 * Mark set on a keystroke or chip press; the two filter measures start from it. The app clears it
 * once measured, and the benchmark does not read it.
 */
export const FILTER_INPUT_MARK = 'orgscope:filter-input';

/** Measure from a filter input to the frame that shows its result. */
export const FILTER_MEASURE = 'orgscope:filter';

/** Measure from a filter input to the DOM holding its result: the app's own share of the time. */
export const FILTER_COMMIT_MEASURE = 'orgscope:filter-commit';
