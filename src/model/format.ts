/** One formatter for the whole app: building one per call is slow when thousands of cards count. */
const numbers = new Intl.NumberFormat('en');

/** A number with its thousands grouped, as every message in the app writes it: "10,000". */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** "1 duty", "7 duties": a count with the right form of its noun. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${numbers.format(count)} ${count === 1 ? singular : plural}`;
}

/** Counts from this size are written short where room is tight ("12.3K"). */
const SHORT_FROM = 10_000;
const shortNumbers = new Intl.NumberFormat('en', {
  notation: 'compact',
  maximumSignificantDigits: 3,
});

/**
 * A count for a tight space: exact below {@link SHORT_FROM} ("9,999 duties"), rounded to three
 * figures above it ("10K offices", "267K duties"), where the exact figure is given elsewhere.
 */
export function formatShortCount(count: number, singular: string, plural = `${singular}s`): string {
  if (count < SHORT_FROM) return formatCount(count, singular, plural);
  return `${shortNumbers.format(count)} ${plural}`;
}

export const dutyCount = (n: number) => formatCount(n, 'duty', 'duties');
export const officeCount = (n: number) => formatCount(n, 'office');
