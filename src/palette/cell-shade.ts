/**
 * Shading for the functions table: a cell's background is its function's colour, stronger the
 * more duties the cell counts, and its number is drawn in whichever of the two text colours reads
 * better on that background, so the number always meets WCAG AA whatever the shade.
 */
import { composite, contrastRatio } from './colour.ts';
import {
  functionColour,
  THEME_SURFACES,
  THEME_TEXT,
  type FunctionColours,
  type Theme,
} from './theme.ts';

/** The faintest and the strongest tint a non-zero count gets. */
export const MIN_CELL_ALPHA = 0.12;
export const MAX_CELL_ALPHA = 0.85;

export interface CellShade {
  /** Opaque background colour (`#rrggbb`). */
  background: string;
  /** The number's colour on it. */
  text: string;
}

/**
 * The shade of a cell counting `count` duties in a column whose largest count is `max`: no tint
 * for 0, then from {@link MIN_CELL_ALPHA} up to {@link MAX_CELL_ALPHA} of the function's colour.
 */
export function cellShade(
  colours: FunctionColours,
  count: number,
  max: number,
  theme: Theme,
): CellShade {
  const surface = THEME_SURFACES[theme];
  if (count <= 0 || max <= 0) return { background: surface, text: THEME_TEXT[theme] };
  const share = Math.min(1, count / max);
  const alpha = MIN_CELL_ALPHA + (MAX_CELL_ALPHA - MIN_CELL_ALPHA) * share;
  const background = composite(functionColour(colours, theme), alpha, surface);
  // The theme's own text colour first; the other theme's where the shade has become too deep.
  const candidates = [
    THEME_TEXT[theme],
    THEME_TEXT[theme === 'light' ? 'dark' : 'light'],
    '#000000',
    '#ffffff',
  ];
  let text = candidates[0]!;
  for (const candidate of candidates) {
    if (contrastRatio(text, background) >= 4.5) break;
    if (contrastRatio(candidate, background) > contrastRatio(text, background)) text = candidate;
  }
  return { background, text };
}
