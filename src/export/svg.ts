/**
 * The whole chart as a standalone SVG document: header, cards, edges and footer drawn from the
 * layout, with every name as real text. Pure: text is measured by an injected function, colours
 * come from a palette the adapter reads from the page's CSS, and the result is a string.
 */
import type { PlacedNode, Rect, TreeLayout } from '../layout/layout-tree.ts';
import { roundedPath } from '../layout/to-flow.ts';
import { dutyCount, officeCount } from '../model/format.ts';
import { countDuties, indexOrganization, type Organization } from '../model/organization.ts';
import { functionById, functionColour, type Theme } from '../search/functions.ts';
import { functionProfile, type OrganizationMatch } from '../search/match.ts';
import { DEFAULT_EXPORT_PADDING, type ExportPlan } from './geometry.ts';

/** The colours of a picture; each mirrors a CSS custom property (see {@link PALETTE_CSS_VARIABLES}). */
export interface Palette {
  /** Behind everything. */
  background: string;
  /** A card's fill. */
  surface: string;
  text: string;
  textMuted: string;
  /** A card's outline. */
  border: string;
  /** The bar down a card's left side. */
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
  text: '--text',
  textMuted: '--text-muted',
  border: '--border',
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
  text: '#0b0c0c',
  textMuted: '#4b5563',
  border: '#b5bcc6',
  accent: '#1d4f91',
  rootBackground: '#1d4f91',
  rootText: '#ffffff',
  edge: '#7b8594',
  selected: '#b35900',
  selectedSoft: '#fff1e0',
  badgeBackground: '#1d4f91',
  badgeText: '#ffffff',
};

/** What one card shows, already worded: the SVG module does no counting or matching. */
export interface CardPicture {
  name: string;
  /** The line at the card's foot, e.g. "7 duties". */
  meta: string;
  isRoot: boolean;
  selected: boolean;
  dimmed: boolean;
  /** A pill after the meta line, e.g. "3 match". */
  badge?: string;
  /** The function-family bar: one coloured part per family, sized by its count. */
  profile: readonly { colour: string; count: number }[];
}

export interface ChartPicture {
  title: string;
  /** Smaller header lines under the title, e.g. the active filter and the date. */
  lines: readonly string[];
  /** The footer: where the data comes from. */
  source: string;
  layout: TreeLayout;
  cards: ReadonlyMap<string, CardPicture>;
  palette: Palette;
}

export interface Font {
  size: number;
  weight: number;
}

/** Width of `text` in CSS pixels when set in the picture's font family at this size and weight. */
export type MeasureText = (text: string, font: Font) => number;

/** The picture's fonts: those installed nearly everywhere, since an SVG file embeds none. */
export const SVG_FONT_FAMILY =
  'DejaVu Sans, Noto Sans, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/** The CSS `font` shorthand for a canvas context, so an adapter measures text as the SVG sets it. */
export function cssFont(font: Font): string {
  return `${font.weight} ${font.size}px ${SVG_FONT_FAMILY}`;
}

/** Full-width scripts (CJK, Hangul, full-width forms) take about a square each. */
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A rough measure for tests and for places with no canvas: 0.55em a character, 1em if wide. */
export const approximateMeasure: MeasureText = (text, font) => {
  let em = 0;
  for (const ch of text) em += WIDE_CHAR.test(ch) ? 1 : 0.55;
  return em * font.size * (font.weight >= 600 ? 1.05 : 1);
};

// Sizes mirror `.office-card` and friends in styles.css (rem = 16px).
const CARD_RADIUS = 10;
const ACCENT_WIDTH = 4;
const BORDER_WIDTH = 1;
const PADDING_X = 14;
const PADDING_Y = 11;
const ITEM_GAP = 5.6;
const SELECTED_OUTLINE = 3;
const DIMMED_OPACITY = 0.38;
const ROOT_META_OPACITY = 0.92;
const EDGE_WIDTH = 1.5;
const EDGE_RADIUS = 8;

export const NAME_FONT: Font = { size: 15, weight: 650 };
export const ROOT_NAME_FONT: Font = { size: 17.6, weight: 650 };
export const META_FONT: Font = { size: 12.8, weight: 400 };
export const BADGE_FONT: Font = { size: 12, weight: 700 };
const NAME_LINE_HEIGHT = 1.3;
const META_LINE_HEIGHT = 1.45;
/** Lines of a name before it is cut with an ellipsis, as `-webkit-line-clamp: 3` does on screen. */
export const MAX_NAME_LINES = 3;

const BADGE_PADDING_X = 7.2;
const BADGE_HEIGHT = 16;
const BADGE_GAP = 8;

const PROFILE_HEIGHT = 6;
const PROFILE_GAP = 2;
const PROFILE_MIN_PART = 4;
const PROFILE_RADIUS = 3;

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

const ELLIPSIS = '…';

// XML 1.0 cannot hold C0 controls (bar tab, LF, CR), and lone surrogates or U+FFFE/U+FFFF are not
// characters at all; C1 controls are legal but never meant in a name.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe for XML content and attribute values: markup escaped, impossible characters gone. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Whitespace collapsed to single spaces, as HTML renders it, with unprintable characters dropped. */
function normaliseText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/\s+/g, ' ').trim();
}

export interface WrappedLine {
  /** Without the space the line was broken at. */
  text: string;
  width: number;
  /** The source had a space where this line breaks, kept in the SVG so copied text reads right. */
  spaceAfter: boolean;
}

export interface WrappedText {
  lines: WrappedLine[];
  /** Text was cut and the last line ends with an ellipsis. */
  truncated: boolean;
}

/**
 * Pieces of text that may not be split across lines unless one is wider than a line: a word with
 * its trailing space, a hyphenated part with its hyphen, or a single wide (CJK) character.
 */
function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  const end = () => {
    if (piece !== '') pieces.push(piece);
    piece = '';
  };
  let previous = '';
  for (const ch of text) {
    if (WIDE_CHAR.test(ch)) {
      end();
      piece = ch;
      previous = ch;
      continue;
    }
    if (WIDE_CHAR.test(previous) && ch !== ' ') end();
    piece += ch;
    if (ch === ' ' || ((ch === '-' || ch === '/') && /\p{L}|\p{N}/u.test(previous))) end();
    previous = ch;
  }
  end();
  return pieces;
}

/** How many code points of `chars`, from the start, still pass `fits` (a binary search). */
function fittingPrefix(chars: readonly string[], fits: (text: string) => boolean): number {
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(chars.slice(0, mid).join(''))) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** `text` cut so that it and an ellipsis fit `maxWidth`. */
export function ellipsise(
  text: string,
  maxWidth: number,
  font: Font,
  measure: MeasureText,
): string {
  const chars = Array.from(text);
  const count = fittingPrefix(
    chars,
    (prefix) => measure(prefix.trimEnd() + ELLIPSIS, font) <= maxWidth,
  );
  return chars.slice(0, count).join('').trimEnd() + ELLIPSIS;
}

/**
 * Greedy line breaking at spaces, after hyphens and between wide characters, as a browser would;
 * a word longer than a line is split between characters so no line is ever wider than `maxWidth`.
 * Past `maxLines`, the last line ends in an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: Font,
  measure: MeasureText,
  maxLines = Infinity,
): WrappedText {
  const normalised = normaliseText(text);
  if (normalised === '' || maxLines < 1) return { lines: [], truncated: normalised !== '' };
  const width = (t: string) => measure(t, font);
  const fits = (t: string) => width(t.trimEnd()) <= maxWidth;

  const raw: string[] = [];
  let line = '';
  const pieces = breakPieces(normalised);
  let rest = '';
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i]!;
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line !== '') {
      raw.push(line);
      line = '';
    }
    // A piece wider than a whole line is split wherever it must be.
    while (!fits(piece) && raw.length < maxLines) {
      const chars = Array.from(piece);
      const count = Math.max(1, fittingPrefix(chars, fits));
      raw.push(chars.slice(0, count).join(''));
      piece = chars.slice(count).join('');
    }
    if (raw.length >= maxLines) {
      rest = piece + pieces.slice(i + 1).join('');
      break;
    }
    line = piece;
  }
  if (line !== '') raw.push(line);

  let truncated = false;
  if (raw.length > maxLines || rest !== '') {
    truncated = true;
    const kept = raw.slice(0, maxLines);
    const overflow = raw.slice(maxLines).join('') + rest;
    const last = (kept.pop() ?? '') + overflow;
    kept.push(ellipsise(last, maxWidth, font, measure));
    raw.splice(0, raw.length, ...kept);
  }
  const lines = raw.map((rawLine, i) => {
    const trimmed = rawLine.trimEnd();
    return {
      text: trimmed,
      width: width(trimmed),
      spaceAfter: i < raw.length - 1 && trimmed.length < rawLine.length,
    };
  });
  return { lines, truncated };
}

/** A line of text placed in some box's coordinates; `y` is its baseline. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  spaceAfter: boolean;
}

export interface ProfilePart {
  x: number;
  width: number;
  colour: string;
}

/** Where everything on one card goes, relative to the card's top-left corner. */
export interface CardLayout {
  /** The content box inside the border and padding. */
  inner: Rect;
  anchor: 'start' | 'middle';
  name: { font: Font; top: number; lineHeight: number; lines: PlacedText[]; truncated: boolean };
  profile: { y: number; height: number; parts: ProfilePart[] } | null;
  meta: { font: Font; top: number; lineHeight: number; line: PlacedText | null };
  badge: { rect: Rect; text: PlacedText; font: Font } | null;
}

/** Where a line's baseline sits in its line box: half the leading plus the font's ascent. */
function baseline(lineTop: number, lineHeight: number, size: number): number {
  // (ascent − descent) / 2 is about 0.35em for DejaVu Sans, Noto Sans, Segoe UI and Roboto.
  return lineTop + lineHeight / 2 + 0.35 * size;
}

/**
 * Part widths as CSS flexbox gives them: shares of the free width in proportion to their counts,
 * each at least {@link PROFILE_MIN_PART} wide.
 */
export function profileParts(
  parts: readonly { colour: string; count: number }[],
  width: number,
): ProfilePart[] {
  const counted = parts.filter((p) => Number.isFinite(p.count) && p.count > 0);
  if (counted.length === 0) return [];
  const free = Math.max(0, width - PROFILE_GAP * (counted.length - 1));
  const widths: (number | null)[] = counted.map(() => null);
  // Freeze parts that would fall under the minimum, then share what is left among the others.
  for (;;) {
    const open = counted.filter((_, i) => widths[i] === null);
    const frozen = widths.filter((w) => w !== null).length;
    const left = free - frozen * PROFILE_MIN_PART;
    const total = open.reduce((sum, p) => sum + p.count, 0);
    let froze = false;
    counted.forEach((part, i) => {
      if (widths[i] !== null) return;
      if ((left * part.count) / total < PROFILE_MIN_PART) {
        widths[i] = PROFILE_MIN_PART;
        froze = true;
      }
    });
    if (!froze) {
      counted.forEach((part, i) => {
        if (widths[i] === null) widths[i] = (left * part.count) / total;
      });
      break;
    }
    if (widths.every((w) => w !== null)) break;
  }
  let x = 0;
  return counted.map((part, i) => {
    const w = widths[i]!;
    const placed = { x, width: w, colour: part.colour };
    x += w + PROFILE_GAP;
    return placed;
  });
}

/**
 * Tops of stacked items in a box: spread out like `space-between`, or centred. When the box is
 * tight the gaps shrink first, so a full card never spills over its padding.
 */
function stack(heights: readonly number[], top: number, height: number, centre: boolean): number[] {
  const content = heights.reduce((sum, h) => sum + h, 0);
  const gaps = heights.length - 1;
  const gap = gaps === 0 ? 0 : Math.max(0, Math.min(ITEM_GAP, (height - content) / gaps));
  const free = height - content - gap * gaps;
  let y = centre ? top + free / 2 : top;
  const extra = !centre && gaps > 0 && free > 0 ? free / gaps : 0;
  return heights.map((h) => {
    const at = y;
    y += h + gap + extra;
    return at;
  });
}

/** Lays out one card's name, profile bar, meta line and badge inside a box of the node's size. */
export function layoutCard(
  card: CardPicture,
  size: { width: number; height: number },
  measure: MeasureText,
): CardLayout {
  const left = card.isRoot ? PADDING_X : ACCENT_WIDTH + PADDING_X;
  const right = card.isRoot ? PADDING_X : BORDER_WIDTH + PADDING_X;
  const top = (card.isRoot ? 0 : BORDER_WIDTH) + PADDING_Y;
  const inner: Rect = {
    x: left,
    y: top,
    width: Math.max(0, size.width - left - right),
    height: Math.max(0, size.height - 2 * top),
  };
  const anchor = card.isRoot ? 'middle' : 'start';
  const xOf = (width: number) => (card.isRoot ? inner.x + (inner.width - width) / 2 : inner.x);

  const nameFont = card.isRoot ? ROOT_NAME_FONT : NAME_FONT;
  const nameLineHeight = nameFont.size * NAME_LINE_HEIGHT;
  const parts = profileParts(card.profile, inner.width);
  const metaLineHeight = META_FONT.size * META_LINE_HEIGHT;
  // The name gets the lines the bar and meta leave free, at most three and never none.
  const room = inner.height - metaLineHeight - (parts.length > 0 ? PROFILE_HEIGHT : 0);
  const maxLines = Math.min(MAX_NAME_LINES, Math.max(1, Math.floor(room / nameLineHeight + 1e-9)));
  const wrapped = wrapText(card.name, inner.width, nameFont, measure, maxLines);

  const heights = [wrapped.lines.length * nameLineHeight];
  if (parts.length > 0) heights.push(PROFILE_HEIGHT);
  heights.push(metaLineHeight);
  const tops = stack(heights, inner.y, inner.height, card.isRoot);
  const nameTop = tops[0]!;
  const metaTop = tops.at(-1)!;

  const nameLines = wrapped.lines.map((line, i) => ({
    ...line,
    x: card.isRoot ? inner.x + inner.width / 2 : inner.x,
    y: baseline(nameTop + i * nameLineHeight, nameLineHeight, nameFont.size),
  }));

  const badgeLabel = card.badge === undefined ? '' : normaliseText(card.badge);
  const badgeTextWidth =
    badgeLabel === '' ? 0 : Math.min(measure(badgeLabel, BADGE_FONT), inner.width);
  const badgeWidth = badgeLabel === '' ? 0 : badgeTextWidth + 2 * BADGE_PADDING_X;
  const metaRoom = Math.max(0, inner.width - (badgeWidth > 0 ? badgeWidth + BADGE_GAP : 0));
  const metaText = normaliseText(card.meta);
  const metaFitted =
    metaText === '' || measure(metaText, META_FONT) <= metaRoom
      ? metaText
      : ellipsise(metaText, metaRoom, META_FONT, measure);
  const metaWidth = metaFitted === '' ? 0 : measure(metaFitted, META_FONT);
  const rowWidth = metaWidth + (badgeWidth > 0 ? (metaWidth > 0 ? BADGE_GAP : 0) + badgeWidth : 0);
  const rowX = xOf(rowWidth);
  const metaBaseline = baseline(metaTop, metaLineHeight, META_FONT.size);

  const badgeX = rowX + rowWidth - badgeWidth;
  const badgeY = metaTop + (metaLineHeight - BADGE_HEIGHT) / 2;
  return {
    inner,
    anchor,
    name: {
      font: nameFont,
      top: nameTop,
      lineHeight: nameLineHeight,
      lines: nameLines,
      truncated: wrapped.truncated,
    },
    profile:
      parts.length === 0
        ? null
        : {
            y: tops[1]!,
            height: PROFILE_HEIGHT,
            parts: parts.map((p) => ({ ...p, x: inner.x + p.x })),
          },
    meta: {
      font: META_FONT,
      top: metaTop,
      lineHeight: metaLineHeight,
      line:
        metaFitted === ''
          ? null
          : { text: metaFitted, x: rowX, y: metaBaseline, width: metaWidth, spaceAfter: false },
    },
    badge:
      badgeWidth === 0
        ? null
        : {
            rect: { x: badgeX, y: badgeY, width: badgeWidth, height: BADGE_HEIGHT },
            text: {
              text: badgeLabel,
              x: badgeX + badgeWidth / 2,
              y: baseline(badgeY, BADGE_HEIGHT, BADGE_FONT.size),
              width: badgeTextWidth,
              spaceAfter: false,
            },
            font: BADGE_FONT,
          },
  };
}

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

/** A number for an attribute: two decimals at most, and never "-0". */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`)
    .join('');
}

function fontAttrs(font: Font): Record<string, string | number> {
  return { 'font-size': font.size, 'font-weight': font.weight };
}

/** A rectangle whose left and right corners can be rounded separately. */
function barPath(x: number, y: number, w: number, h: number, rl: number, rr: number): string {
  const r = (radius: number) => Math.min(radius, w / 2, h / 2);
  const [a, b] = [r(rl), r(rr)];
  let d = `M ${num(x + a)} ${num(y)} H ${num(x + w - b)}`;
  if (b > 0) d += ` A ${num(b)} ${num(b)} 0 0 1 ${num(x + w)} ${num(y + b)}`;
  d += ` V ${num(y + h - b)}`;
  if (b > 0) d += ` A ${num(b)} ${num(b)} 0 0 1 ${num(x + w - b)} ${num(y + h)}`;
  d += ` H ${num(x + a)}`;
  if (a > 0) d += ` A ${num(a)} ${num(a)} 0 0 1 ${num(x)} ${num(y + h - a)}`;
  d += ` V ${num(y + a)}`;
  if (a > 0) d += ` A ${num(a)} ${num(a)} 0 0 1 ${num(x + a)} ${num(y)}`;
  return `${d} Z`;
}

/** The strip down the left of a rounded card, following its corners like a CSS `border-left`. */
function accentPath(height: number): string {
  const r = CARD_RADIUS;
  // Where the corner's arc crosses the strip's inner edge.
  const dy = r - Math.sqrt(r * r - (r - ACCENT_WIDTH) ** 2);
  return (
    `M ${ACCENT_WIDTH} ${num(dy)} A ${r} ${r} 0 0 0 0 ${r} V ${num(height - r)} ` +
    `A ${r} ${r} 0 0 0 ${ACCENT_WIDTH} ${num(height - dy)} Z`
  );
}

function textLines(lines: readonly PlacedText[]): string {
  return lines
    .map(
      (line) =>
        `<tspan${attrs({ x: line.x, y: line.y })}>${escapeXml(line.text + (line.spaceAfter ? ' ' : ''))}</tspan>`,
    )
    .join('');
}

function renderCard(
  node: PlacedNode,
  card: CardPicture,
  palette: Palette,
  measure: MeasureText,
): string {
  const layout = layoutCard(card, node, measure);
  const { width, height } = node;
  const out: string[] = [];
  const group = attrs({
    class: 'card',
    'data-id': node.id,
    transform: `translate(${num(node.x)} ${num(node.y)})`,
    opacity: card.dimmed ? DIMMED_OPACITY : undefined,
  });
  out.push(`<g${group}>`, `<title>${escapeXml(normaliseText(card.name))}</title>`);
  if (card.selected) {
    const o = SELECTED_OUTLINE / 2;
    out.push(
      `<rect${attrs({ class: 'card-outline', x: -o, y: -o, width: width + 2 * o, height: height + 2 * o, rx: CARD_RADIUS + o, fill: 'none', stroke: palette.selected, 'stroke-width': SELECTED_OUTLINE })}/>`,
    );
  }
  if (card.isRoot) {
    out.push(`<rect${attrs({ width, height, rx: CARD_RADIUS, fill: palette.rootBackground })}/>`);
  } else {
    const b = BORDER_WIDTH / 2;
    out.push(
      `<rect${attrs({ x: b, y: b, width: width - BORDER_WIDTH, height: height - BORDER_WIDTH, rx: CARD_RADIUS - b, fill: card.selected ? palette.selectedSoft : palette.surface, stroke: card.selected ? palette.selected : palette.border, 'stroke-width': BORDER_WIDTH })}/>`,
      `<path${attrs({ class: 'card-accent', d: accentPath(height), fill: card.selected ? palette.selected : palette.accent })}/>`,
    );
  }
  const ink = card.isRoot ? palette.rootText : palette.text;
  if (layout.name.lines.length > 0) {
    out.push(
      `<text${attrs({ class: 'card-name', ...fontAttrs(layout.name.font), fill: ink, 'text-anchor': layout.anchor })}>${textLines(layout.name.lines)}</text>`,
    );
  }
  if (layout.profile) {
    const { y, height: h, parts } = layout.profile;
    out.push(`<g class="profile-bar">`);
    parts.forEach((part, i) => {
      const rl = i === 0 ? PROFILE_RADIUS : 0;
      const rr = i === parts.length - 1 ? PROFILE_RADIUS : 0;
      out.push(
        `<path${attrs({ d: barPath(part.x, y, part.width, h, rl, rr), fill: part.colour })}/>`,
      );
    });
    out.push(`</g>`);
  }
  if (layout.meta.line) {
    const line = layout.meta.line;
    out.push(
      `<text${attrs({ class: 'card-meta', x: line.x, y: line.y, ...fontAttrs(layout.meta.font), fill: card.isRoot ? palette.rootText : palette.textMuted, opacity: card.isRoot ? ROOT_META_OPACITY : undefined })}>${escapeXml(line.text)}</text>`,
    );
  }
  if (layout.badge) {
    const { rect, text, font } = layout.badge;
    out.push(
      `<g class="match-badge">`,
      `<rect${attrs({ x: rect.x, y: rect.y, width: rect.width, height: rect.height, rx: rect.height / 2, fill: card.isRoot ? palette.rootText : palette.badgeBackground })}/>`,
      `<text${attrs({ x: text.x, y: text.y, ...fontAttrs(font), fill: card.isRoot ? palette.rootBackground : palette.badgeText, 'text-anchor': 'middle' })}>${escapeXml(text.text)}</text>`,
      `</g>`,
    );
  }
  out.push(`</g>`);
  return out.join('');
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
): string {
  const { palette, layout } = picture;
  const title = normaliseText(picture.title);
  const description = [...picture.lines, picture.source].map(normaliseText).filter((t) => t !== '');
  const { x, y, zoom } = plan.viewport;

  const edges = layout.edges
    .map((edge) => `<path${attrs({ class: 'edge', d: roundedPath(edge.points, EDGE_RADIUS) })}/>`)
    .join('');
  const cards = layout.nodes
    .map((node) => {
      const card = picture.cards.get(node.id);
      return card ? renderCard(node, card, palette, measure) : '';
    })
    .join('');

  const svg = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: plan.width,
    height: plan.height,
    viewBox: `0 0 ${num(plan.width)} ${num(plan.height)}`,
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

/** Folds the user's query and active function labels into one header line, or null for none. */
export function describeFilters(query: string, functionLabels: readonly string[]): string | null {
  const parts: string[] = [];
  const text = normaliseText(query);
  if (text !== '') parts.push(`Filter: “${text}”`);
  const labels = functionLabels.map(normaliseText).filter((l) => l !== '');
  // Labels such as "Audit, inspection & discipline" hold commas, so a list of them needs semicolons.
  if (labels.length > 0) {
    parts.push(`${labels.length === 1 ? 'Function' : 'Functions'}: ${labels.join('; ')}`);
  }
  return parts.length === 0 ? null : parts.join(' · ');
}

export interface CardPictureOptions {
  match?: OrganizationMatch | null;
  selectedId?: string | null;
  /** Which family colours the profile bars take. */
  theme: Theme;
}

/** What each card shows, worded and dimmed exactly as `OfficeNode` does on screen. */
export function cardPicturesOf(
  org: Organization,
  options: CardPictureOptions,
): Map<string, CardPicture> {
  const index = indexOrganization(org);
  const match = options.match?.active ? options.match : null;
  const cards = new Map<string, CardPicture>();
  for (const id of index.order) {
    const office = index.byId.get(id)!;
    const isRoot = id === org.root.id;
    const matched = match ? (match.offices.get(id)?.matched ?? 0) : null;
    let badge: string | undefined;
    if (match && isRoot) badge = `${match.matchedDuties} match`;
    else if (matched !== null && matched > 0) badge = `${matched} match`;
    const profile = isRoot
      ? []
      : functionProfile(office).flatMap((part) => {
          const tag = functionById(part.id);
          return tag ? [{ colour: functionColour(tag, options.theme), count: part.count }] : [];
        });
    cards.set(id, {
      name: office.name,
      meta: isRoot
        ? `${officeCount(index.order.length - 1)} · ${dutyCount(countDuties(org))}`
        : dutyCount(office.duties.length),
      isRoot,
      selected: options.selectedId === id,
      dimmed: matched === 0 && !isRoot,
      badge,
      profile,
    });
  }
  return cards;
}
