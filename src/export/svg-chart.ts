/**
 * The whole chart as a standalone SVG document: header, cards, edges and footer drawn from the
 * layout, with every name as real text. Pure: text is measured by an injected function, colours
 * come from a palette the adapter reads from the page's CSS, and the result is a string.
 */
import { boundsOf, type Rect, type TreeLayout } from '../layout/layout-tree.ts';
import { roundedPath } from '../layout/to-flow.ts';
import type { FunctionMode } from '../search/match.ts';
import { DEFAULT_EXPORT_PADDING, type ExportPlan } from './geometry.ts';
import { baseline, type CardPicture, type PlacedText } from './svg-card.ts';
import type { Palette } from './svg-palette.ts';
import {
  escapeXml,
  normaliseText,
  SVG_FONT_FAMILY,
  wrapText,
  type Font,
  type MeasureText,
} from './svg-text.ts';
import { attrs, fontAttrs, num, renderCard, renderMoreCard } from './svg-writer.ts';

export interface ChartPicture {
  title: string;
  /** Smaller header lines under the title, e.g. the active filter and the date. */
  lines: readonly string[];
  /** The footer: where the data comes from. */
  source: string;
  layout: TreeLayout;
  cards: ReadonlyMap<string, CardPicture>;
  /** What each "show more" card of a paged sibling group says ("200 of 50,000 shown"). */
  more?: ReadonlyMap<string, string>;
  palette: Palette;
}

export const TITLE_FONT: Font = { size: 22, weight: 700 };
export const HEADER_LINE_FONT: Font = { size: 14, weight: 400 };
export const SOURCE_FONT: Font = { size: 12, weight: 400 };
const TITLE_LINE_HEIGHT = 1.25;
const BAND_LINE_HEIGHT = 1.45;
const MAX_TITLE_LINES = 2;
const MAX_HEADER_LINE_LINES = 2;
const MAX_SOURCE_LINES = 3;
/** Room between the picture's left and right edges and the header and footer text. */
export const BAND_INSET = 32;
const HEADER_TOP = 24;
const HEADER_BOTTOM = 4;
const FOOTER_TOP = 4;
const FOOTER_BOTTOM = 20;

const EDGE_WIDTH = 1.5;
const EDGE_RADIUS = 8;

export interface BandLine extends PlacedText {
  font: Font;
  muted: boolean;
}

export interface BandLayout {
  lines: BandLine[];
  /** The height the band needs for its text. */
  height: number;
}

function placeBlock(
  text: string,
  font: Font,
  lineHeight: number,
  maxLines: number,
  muted: boolean,
  width: number,
  measure: MeasureText,
  top: number,
  into: BandLine[],
): number {
  const wrapped = wrapText(text, width, font, measure, maxLines);
  wrapped.lines.forEach((line, i) => {
    const lineTop = top + i * lineHeight;
    into.push({ ...line, x: BAND_INSET, y: baseline(lineTop, lineHeight, font.size), font, muted });
  });
  return top + wrapped.lines.length * lineHeight;
}

/** The header's title and lines, relative to the band's top-left corner, for a picture this wide. */
export function layoutHeader(
  picture: Pick<ChartPicture, 'title' | 'lines'>,
  pictureWidth: number,
  measure: MeasureText,
): BandLayout {
  const width = Math.max(1, pictureWidth - 2 * BAND_INSET);
  const lines: BandLine[] = [];
  let y = HEADER_TOP;
  const titleLineHeight = TITLE_FONT.size * TITLE_LINE_HEIGHT;
  y = placeBlock(
    picture.title,
    TITLE_FONT,
    titleLineHeight,
    MAX_TITLE_LINES,
    false,
    width,
    measure,
    y,
    lines,
  );
  for (const text of picture.lines) {
    const lineHeight = HEADER_LINE_FONT.size * BAND_LINE_HEIGHT;
    y = placeBlock(
      text,
      HEADER_LINE_FONT,
      lineHeight,
      MAX_HEADER_LINE_LINES,
      true,
      width,
      measure,
      y,
      lines,
    );
  }
  return { lines, height: Math.ceil(y + HEADER_BOTTOM) };
}

/** The footer's source line(s), relative to the band's top-left corner. */
export function layoutFooter(
  picture: Pick<ChartPicture, 'source'>,
  pictureWidth: number,
  measure: MeasureText,
): BandLayout {
  const width = Math.max(1, pictureWidth - 2 * BAND_INSET);
  const lines: BandLine[] = [];
  const lineHeight = SOURCE_FONT.size * BAND_LINE_HEIGHT;
  const y = placeBlock(
    picture.source,
    SOURCE_FONT,
    lineHeight,
    MAX_SOURCE_LINES,
    true,
    width,
    measure,
    FOOTER_TOP,
    lines,
  );
  return { lines, height: lines.length === 0 ? 0 : Math.ceil(y + FOOTER_BOTTOM) };
}

/**
 * The header and footer heights to ask `planExport` for, so the bands fit their text. The width
 * is worked out as `planExport` will, from the layout's bounds and the same padding.
 */
export function exportBands(
  picture: Pick<ChartPicture, 'title' | 'lines' | 'source' | 'layout'>,
  measure: MeasureText,
  padding = DEFAULT_EXPORT_PADDING,
): { header: { height: number }; footer: { height: number } } {
  const width = Math.ceil(picture.layout.bounds.width + 2 * padding - 1e-6);
  return {
    header: { height: layoutHeader(picture, width, measure).height },
    footer: { height: layoutFooter(picture, width, measure).height },
  };
}

function renderBand(band: BandLayout, area: Rect, palette: Palette, className: string): string {
  if (area.height <= 0 || band.lines.length === 0) return '';
  const texts = band.lines.map(
    (line) =>
      `<text${attrs({ x: line.x, y: line.y, ...fontAttrs(line.font), fill: line.muted ? palette.textMuted : palette.text })}>${escapeXml(line.text)}</text>`,
  );
  return `<g${attrs({ class: className, transform: `translate(${num(area.x)} ${num(area.y)})` })}>${texts.join('')}</g>`;
}

/**
 * The chart as an SVG document of `plan.width` × `plan.height` CSS pixels: background, header,
 * edges, cards and footer, with every word as selectable text. Nodes with no card are skipped.
 */
export function buildChartSvg(
  picture: ChartPicture,
  plan: ExportPlan,
  measure: MeasureText,
  /** Only this part of the picture (in picture pixels), as one page of a poster prints it. */
  view?: Rect,
): string {
  const { palette, layout } = picture;
  const title = normaliseText(picture.title);
  const description = [...picture.lines, picture.source].map(normaliseText).filter((t) => t !== '');
  const { x, y, zoom } = plan.viewport;
  // In chart coordinates, the part of the chart the view shows: what lies outside is left out.
  const shown = view && {
    left: (view.x - x) / zoom,
    top: (view.y - y) / zoom,
    right: (view.x + view.width - x) / zoom,
    bottom: (view.y + view.height - y) / zoom,
  };
  const inView = (r: Rect) =>
    !shown ||
    (r.x <= shown.right &&
      r.x + r.width >= shown.left &&
      r.y <= shown.bottom &&
      r.y + r.height >= shown.top);

  const edges = layout.edges
    .filter((edge) => !shown || inView(boundsOf(edge.points)))
    .map((edge) => `<path${attrs({ class: 'edge', d: roundedPath(edge.points, EDGE_RADIUS) })}/>`)
    .join('');
  const cards = layout.nodes
    .filter(inView)
    .map((node) => {
      const card = picture.cards.get(node.id);
      if (card) return renderCard(node, card, palette, measure);
      const more = picture.more?.get(node.id);
      return more ? renderMoreCard(node, more, palette) : '';
    })
    .join('');

  const box = view ?? { x: 0, y: 0, width: plan.width, height: plan.height };
  const svg = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: box.width,
    height: box.height,
    viewBox: `${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)}`,
    role: 'img',
    'aria-label': title,
    'font-family': SVG_FONT_FAMILY,
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<svg${svg}>`,
    `<title>${escapeXml(title)}</title>`,
    description.length > 0 ? `<desc>${escapeXml(description.join('\n'))}</desc>` : '',
    `<rect${attrs({ class: 'background', width: plan.width, height: plan.height, fill: palette.background })}/>`,
    renderBand(layoutHeader(picture, plan.width, measure), plan.headerArea, palette, 'header'),
    `<g${attrs({ class: 'chart', transform: `translate(${num(x)} ${num(y)}) scale(${num(zoom)})` })}>`,
    `<g${attrs({ class: 'edges', fill: 'none', stroke: palette.edge, 'stroke-width': EDGE_WIDTH })}>${edges}</g>`,
    `<g class="cards">${cards}</g>`,
    `</g>`,
    renderBand(layoutFooter(picture, plan.width, measure), plan.footerArea, palette, 'footer'),
    `</svg>\n`,
  ].join('');
}

/**
 * Folds the user's query and active function labels into one header line, or null for none.
 * Several functions say how they combined ("Functions (all of): …") when it is not "any of".
 */
export function describeFilters(
  query: string,
  functionLabels: readonly string[],
  mode: FunctionMode = 'any',
): string | null {
  const parts: string[] = [];
  const text = normaliseText(query);
  if (text !== '') parts.push(`Filter: “${text}”`);
  const labels = functionLabels.map(normaliseText).filter((l) => l !== '');
  // Labels such as "Audit, inspection & discipline" hold commas, so a list of them needs semicolons.
  if (labels.length > 0) {
    const how = labels.length > 1 && mode === 'all' ? ' (all of)' : '';
    parts.push(`${labels.length === 1 ? 'Function' : 'Functions'}${how}: ${labels.join('; ')}`);
  }
  return parts.length === 0 ? null : parts.join(' · ');
}
