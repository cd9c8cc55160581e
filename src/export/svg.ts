/**
 * The export picture's public entry points, gathered from the modules that make it: text
 * (`svg-text`), card layout (`svg-card`), the SVG writer (`svg-writer`), colours (`svg-palette`)
 * and the chart picture with its header and footer (`svg-chart`).
 */
export {
  buildChartSvg,
  BAND_INSET,
  describeFilters,
  exportBands,
  HEADER_LINE_FONT,
  layoutFooter,
  layoutHeader,
  SOURCE_FONT,
  TITLE_FONT,
  type BandLayout,
  type BandLine,
  type ChartPicture,
} from './svg-chart.ts';
export {
  BADGE_FONT,
  cardPicturesOf,
  layoutCard,
  MAX_NAME_LINES,
  META_FONT,
  NAME_FONT,
  profileParts,
  ROOT_NAME_FONT,
  type CardLayout,
  type CardPicture,
  type CardPictureOptions,
  type PlacedItem,
  type PlacedText,
  type ProfilePart,
} from './svg-card.ts';
export { LIGHT_PALETTE, PALETTE_CSS_VARIABLES, type Palette } from './svg-palette.ts';
export {
  approximateMeasure,
  cssFont,
  ellipsise,
  escapeXml,
  SVG_FONT_FAMILY,
  wrapText,
  type Font,
  type MeasureText,
  type WrappedLine,
  type WrappedText,
} from './svg-text.ts';
