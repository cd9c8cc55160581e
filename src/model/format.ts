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

export const dutyCount = (n: number) => formatCount(n, 'duty', 'duties');
export const officeCount = (n: number) => formatCount(n, 'office');
