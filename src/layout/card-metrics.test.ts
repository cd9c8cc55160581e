import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CARD_METRICS,
  cardCssVariables,
  cardInner,
  nameLinesFor,
  nameLineHeight,
  OFFICE_CARD,
  ROOT_CARD,
  ROW_HEIGHT,
} from './card-metrics.ts';

const css = readFileSync(join(import.meta.dirname, '../styles.css'), 'utf8');

describe('card metrics reach the CSS', () => {
  it('sets every card custom property the stylesheet uses, and the stylesheet uses them all', () => {
    const used = new Set([...css.matchAll(/var\((--card-[a-z-]+)\)/g)].map((m) => m[1]));
    const set = Object.keys(cardCssVariables());
    expect([...used].sort()).toEqual([...set].sort());
  });

  it('leaves no card size written into the card rules by hand', () => {
    const rules = [
      ...css.matchAll(/\.(office-card|match-badge|hidden-badge|profile-bar)[^{]*\{[^}]*\}/g),
    ];
    // Motion (a hover's 1px lift) is not a measurement of the card.
    for (const [rule] of rules) expect(rule).not.toMatch(/(?<![\w(-])\d+(\.\d+)?(px|rem)\b/);
  });
});

describe('nameLinesFor', () => {
  it('gives the name what the rows and the profile bar leave, whole lines only', () => {
    expect(nameLinesFor(false, 1, true)).toBe(3);
    expect(nameLinesFor(false, 2, true)).toBe(2);
    expect(nameLinesFor(true, 1, false)).toBe(2);
    expect(nameLinesFor(false, 1, true, { width: OFFICE_CARD.width, height: 40 })).toBe(1);
  });

  it('never lets the lines, the bar and the rows overflow the card', () => {
    for (const isRoot of [false, true]) {
      for (const rows of [1, 2]) {
        // The root has no profile bar.
        for (const bar of isRoot ? [false] : [false, true]) {
          const lines = nameLinesFor(isRoot, rows, bar);
          const used =
            lines * nameLineHeight(isRoot) +
            rows * ROW_HEIGHT +
            (bar ? CARD_METRICS.profileHeight : 0) +
            (rows + (bar ? 1 : 0)) * CARD_METRICS.gap;
          expect(used).toBeLessThanOrEqual(cardInner(isRoot).height + 1e-9);
        }
      }
    }
  });

  it('keeps the inner box inside the card', () => {
    const inner = cardInner(true);
    expect(inner.x * 2 + inner.width).toBeCloseTo(ROOT_CARD.width);
  });
});
