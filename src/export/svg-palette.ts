/** The colours of an export picture, read from the same CSS custom properties the app uses. */

/** The colours of a picture; each mirrors a CSS custom property (see {@link PALETTE_CSS_VARIABLES}). */
export interface Palette {
  /** Behind everything. */
  background: string;
  /** A card's fill. */
  surface: string;
  /** The fill of a card outside the filter. */
  surfaceSunken: string;
  text: string;
  textMuted: string;
  /** A card's outline. */
  border: string;
  /** The outline of the "N units hidden" badge. */
  borderStrong: string;
  /** The bar down a card's left side, and the "+N below" badge. */
  accent: string;
  rootBackground: string;
  rootText: string;
  edge: string;
  /** Outline and bar of the selected card. */
  selected: string;
  /** Fill of the selected card. */
  selectedSoft: string;
  badgeBackground: string;
  badgeText: string;
}

/** Where the adapter reads each palette colour from, so the picture matches the current theme. */
export const PALETTE_CSS_VARIABLES: Readonly<Record<keyof Palette, string>> = {
  background: '--canvas',
  surface: '--surface-raised',
  surfaceSunken: '--surface-sunken',
  text: '--text',
  textMuted: '--text-muted',
  border: '--border',
  borderStrong: '--border-strong',
  accent: '--accent',
  rootBackground: '--root-bg',
  rootText: '--root-text',
  edge: '--edge',
  selected: '--selected',
  selectedSoft: '--selected-soft',
  badgeBackground: '--accent',
  badgeText: '--accent-contrast',
};

/** The light theme's colours, as in `styles.css`: a fallback and the palette tests draw with. */
export const LIGHT_PALETTE: Readonly<Palette> = {
  background: '#eef1f4',
  surface: '#ffffff',
  surfaceSunken: '#f3f5f7',
  text: '#0b0c0c',
  textMuted: '#4b5563',
  border: '#b5bcc6',
  borderStrong: '#6b7280',
  accent: '#1d4f91',
  rootBackground: '#1d4f91',
  rootText: '#ffffff',
  edge: '#7b8594',
  selected: '#b35900',
  selectedSoft: '#fff1e0',
  badgeBackground: '#1d4f91',
  badgeText: '#ffffff',
};
