/**
 * How much one organisation may hold, whatever format it comes in. Every reader enforces the same
 * limits, so a file that opens as JSON would open as text too, and hostile input stays cheap.
 */

/** Most units (offices, divisions, …) an organisation may have, not counting a synthetic root. */
export const MAX_UNITS = 100_000;
/** Most levels below the root. */
export const MAX_DEPTH = 10_000;
export const MAX_NAME_LENGTH = 500;
export const MAX_DUTY_LENGTH = 5_000;
export const MAX_DUTIES_PER_UNIT = 1_000;
export const MAX_DUTY_NUMBER = 9_999;
/** Every skipped duty number is stored, so a hostile numbering (1, 9999, …) must not cost memory. */
export const MAX_SKIPPED_NUMBERS = 100_000;
export const MAX_ID_LENGTH = 200;
/** Problems listed in full; the rest are counted in one closing line. */
export const MAX_PROBLEMS = 20;
/** Reading stops after this many problems: a file of 50,000 broken units would take seconds. */
export const MAX_COUNTED_PROBLEMS = 1_000;
