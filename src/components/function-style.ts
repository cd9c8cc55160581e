import type { CSSProperties } from 'react';
import { markBackground } from '../palette/theme.ts';
import type { DutyFunction } from '../search/functions.ts';

/**
 * A function's colours as CSS custom properties; styles.css picks the light or dark one. Set through
 * React's style object (the CSSOM), which a strict Content Security Policy allows.
 */
export function functionStyle(tag: DutyFunction): CSSProperties {
  return {
    '--fn-light': tag.colour,
    '--fn-dark': tag.darkColour,
    '--mark-light': markBackground(tag, 'light'),
    '--mark-dark': markBackground(tag, 'dark'),
  } as CSSProperties;
}
