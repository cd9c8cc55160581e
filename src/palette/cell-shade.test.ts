import { describe, expect, it } from 'vitest';
import { DUTY_FUNCTIONS } from '../search/functions.ts';
import { cellShade } from './cell-shade.ts';
import { contrastRatio, relativeLuminance } from './colour.ts';
import { THEME_SURFACES, THEME_TEXT, type Theme } from './theme.ts';

const THEMES: Theme[] = ['light', 'dark'];

describe('cellShade', () => {
  it('keeps every number legible (AA, 4.5:1) at every shade, in both themes', () => {
    for (const tag of DUTY_FUNCTIONS) {
      for (const theme of THEMES) {
        for (let count = 0; count <= 12; count++) {
          const { background, text } = cellShade(tag, count, 12, theme);
          expect(
            contrastRatio(text, background),
            `${tag.id} ${theme} ${count}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('leaves zero untinted and shades more duties more strongly', () => {
    for (const theme of THEMES) {
      expect(cellShade(DUTY_FUNCTIONS[0]!, 0, 5, theme)).toEqual({
        background: THEME_SURFACES[theme],
        text: THEME_TEXT[theme],
      });
      const distance = (count: number) =>
        Math.abs(
          relativeLuminance(cellShade(DUTY_FUNCTIONS[3]!, count, 10, theme).background) -
            relativeLuminance(THEME_SURFACES[theme]),
        );
      for (let count = 1; count < 10; count++)
        expect(distance(count + 1)).toBeGreaterThan(distance(count));
    }
  });

  it('treats a count above the column’s largest as the largest', () => {
    const tag = DUTY_FUNCTIONS[1]!;
    expect(cellShade(tag, 50, 10, 'light')).toEqual(cellShade(tag, 10, 10, 'light'));
    expect(cellShade(tag, 3, 0, 'dark').background).toBe(THEME_SURFACES.dark);
  });
});
