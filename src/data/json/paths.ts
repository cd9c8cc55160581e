/** Places in a JSON document, and how messages name them and the values found there. */
import { formatCount, formatNumber } from '../../model/format.ts';
import { quote } from '../problems.ts';

/** One step of a JSON path: a key or a list index. */
export type Key = string | number;

/** A unit's place in the document, kept as a parent chain so paths are only built when reported. */
export interface Place {
  parent: Place | null;
  segment: string;
}

/** A JSON object (not a list, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The path of `keys`: `.duties[2].text`. */
export function tailPath(keys: readonly Key[]): string {
  return keys.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
}

/** Deep paths are shortened in the middle: a 5,000-level path helps nobody. */
export function placePath(place: Place | null, keys: readonly Key[] = []): string {
  const segments: string[] = [];
  for (let p = place; p; p = p.parent) segments.push(p.segment);
  segments.reverse();
  const shown =
    segments.length > 12
      ? [
          ...segments.slice(0, 4),
          `…(${formatNumber(segments.length - 10)} more levels)…`,
          ...segments.slice(-6),
        ]
      : segments;
  return `${shown.join('.')}${tailPath(keys)}`.replace(/^\./, '');
}

/** Says what a value is, for "found …": `the text "abc"`, `a list of 3 items`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${quote(value, 40)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${formatCount(value.length, 'item')}`;
  return 'an object';
}

/** The value at `keys` below `root`, or undefined when there is none. */
export function valueAt(root: unknown, keys: readonly Key[]): unknown {
  let value = root;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}
