/**
 * The themes and the colours the view and the export paint with, checked for contrast (see
 * `colour.ts` for the maths). Each function's own two colours live with its definition.
 */
import { withAlpha } from './colour.ts';

export type Theme = 'light' | 'dark';

/** The surfaces the palette is checked against; they mirror `--surface` in `styles.css`. */
export const THEME_SURFACES: Readonly<Record<Theme, string>> = {
  light: '#ffffff',
  dark: '#1a212b',
};

/** The body text colours the tinted `<mark>` backgrounds must keep legible (`--text`). */
export const THEME_TEXT: Readonly<Record<Theme, string>> = {
  light: '#0b0c0c',
  dark: '#eef2f6',
};

/**
 * Opacity of a function's colour when used as a `<mark>` background. Low enough that body text keeps
 * at least 4.5:1 on the tint (tested), high enough to tell the functions apart.
 */
export const MARK_ALPHA: Readonly<Record<Theme, number>> = { light: 0.22, dark: 0.4 };

/** A function's marker colours, one per theme. */
export interface FunctionColours {
  /** Marker colour on the light theme: at least 3:1 against the light surface. */
  colour: string;
  /** Marker colour on the dark theme: at least 3:1 against the dark surface. */
  darkColour: string;
}

/** The function's marker colour for a theme. */
export function functionColour(colours: FunctionColours, theme: Theme): string {
  return theme === 'dark' ? colours.darkColour : colours.colour;
}

/** A translucent CSS background for `<mark>`s of this function, e.g. `rgb(192 80 0 / 0.22)`. */
export function markBackground(colours: FunctionColours, theme: Theme): string {
  return withAlpha(functionColour(colours, theme), MARK_ALPHA[theme]);
}
