/**
 * Card layout for the export picture: where a card's name, profile bar, counts and badges go,
 * placed as the screen's CSS places them, from the same content (`card-content`) and the same
 * measurements (`card-metrics`).
 */
import { cardContent, type CardItem } from '../layout/card-content.ts';
import { CARD_METRICS, cardInner, nameLinesFor, ROW_HEIGHT } from '../layout/card-metrics.ts';
import type { Rect } from '../layout/layout-tree.ts';
import type { ChartFlowNode } from '../layout/to-flow.ts';
import { indexOrganization, type Organization } from '../model/organization.ts';
import { branchTotals } from '../model/tree.ts';
import { functionColour, type Theme } from '../palette/theme.ts';
import { functionById } from '../search/functions.ts';
import { functionProfile } from '../search/function-counts.ts';
import type { OrganizationMatch } from '../search/match.ts';
import { ellipsise, normaliseText, wrapText, type Font, type MeasureText } from './svg-text.ts';

const M = CARD_METRICS;

export const NAME_FONT: Font = { size: M.name.size, weight: M.name.weight };
export const ROOT_NAME_FONT: Font = { size: M.rootName.size, weight: M.rootName.weight };
export const META_FONT: Font = { size: M.meta.size, weight: M.meta.weight };
export const BADGE_FONT: Font = { size: M.badge.size, weight: M.badge.weight };
/** Lines of a name before it is cut with an ellipsis, as the line clamp does on screen. */
export const MAX_NAME_LINES = M.maxNameLines;

/** What one card shows, already worded (see `cardContent`), with its profile in colours. */
export interface CardPicture {
  name: string;
  isRoot: boolean;
  selected: boolean;
  dimmed: boolean;
  /** The foot, row by row: the counts and badges, each row one line. */
  rows: readonly (readonly CardItem[])[];
  /** Lines the name may take (fewer if the box is smaller than a card). */
  nameLines: number;
  /** The function-function bar: one coloured part per function, sized by its count. */
  profile: readonly { colour: string; count: number }[];
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

/** One item of a row: the counts as plain text, or a badge with its pill. */
export interface PlacedItem {
  kind: CardItem['kind'];
  font: Font;
  /** The pill of a badge; null for the counts. */
  rect: Rect | null;
  /** A badge's text is centred on its x; the counts start at theirs. */
  text: PlacedText;
}

/** Where everything on one card goes, relative to the card's top-left corner. */
export interface CardLayout {
  /** The content box inside the border and padding. */
  inner: Rect;
  anchor: 'start' | 'middle';
  name: { font: Font; top: number; lineHeight: number; lines: PlacedText[]; truncated: boolean };
  profile: { y: number; height: number; parts: ProfilePart[] } | null;
  rows: { top: number; height: number; items: PlacedItem[] }[];
}

/** Where a line's baseline sits in its line box: half the leading plus the font's ascent. */
export function baseline(lineTop: number, lineHeight: number, size: number): number {
  // (ascent − descent) / 2 is about 0.35em for DejaVu Sans, Noto Sans, Segoe UI and Roboto.
  return lineTop + lineHeight / 2 + 0.35 * size;
}

/**
 * Part widths as CSS flexbox gives them: shares of the free width in proportion to their counts,
 * each at least the profile's minimum part wide.
 */
export function profileParts(
  parts: readonly { colour: string; count: number }[],
  width: number,
): ProfilePart[] {
  const counted = parts.filter((p) => Number.isFinite(p.count) && p.count > 0);
  if (counted.length === 0) return [];
  const free = Math.max(0, width - M.profileGap * (counted.length - 1));
  const widths: (number | null)[] = counted.map(() => null);
  // Freeze parts that would fall under the minimum, then share what is left among the others.
  for (;;) {
    const open = counted.filter((_, i) => widths[i] === null);
    const frozen = widths.filter((w) => w !== null).length;
    const left = free - frozen * M.profileMinPart;
    const total = open.reduce((sum, p) => sum + p.count, 0);
    let froze = false;
    counted.forEach((part, i) => {
      if (widths[i] !== null) return;
      if ((left * part.count) / total < M.profileMinPart) {
        widths[i] = M.profileMinPart;
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
    x += w + M.profileGap;
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
  const gap = gaps === 0 ? 0 : Math.max(0, Math.min(M.gap, (height - content) / gaps));
  const free = height - content - gap * gaps;
  let y = centre ? top + free / 2 : top;
  const extra = !centre && gaps > 0 && free > 0 ? free / gaps : 0;
  return heights.map((h) => {
    const at = y;
    y += h + gap + extra;
    return at;
  });
}

const itemFont = (kind: CardItem['kind']): Font =>
  kind === 'counts'
    ? META_FONT
    : kind === 'hidden'
      ? { ...BADGE_FONT, weight: M.hiddenBadgeWeight }
      : BADGE_FONT;

/** Padding and border around an item's text, on each side. */
const itemInset = (kind: CardItem['kind']) =>
  kind === 'counts' ? 0 : M.badgePaddingX + (kind === 'match' ? 0 : M.borderWidth);

/**
 * One row of the foot, laid out as the CSS row does: items side by side with a gap, shrinking in
 * proportion to their widths (then ellipsised) when together they are wider than the card.
 */
function layoutRow(
  items: readonly CardItem[],
  inner: Rect,
  top: number,
  centred: boolean,
  measure: MeasureText,
): PlacedItem[] {
  const texts = items.map((item) => normaliseText(item.text));
  const natural = items.map(
    (item, i) => measure(texts[i]!, itemFont(item.kind)) + 2 * itemInset(item.kind),
  );
  const gaps = M.rowGap * Math.max(0, items.length - 1);
  const total = natural.reduce((sum, w) => sum + w, 0);
  const overflow = Math.max(0, total + gaps - inner.width);
  const widths = natural.map((w) => (total > 0 ? w - (overflow * w) / total : 0));
  const rowWidth = widths.reduce((sum, w) => sum + w, 0) + gaps;
  let x = centred ? inner.x + (inner.width - rowWidth) / 2 : inner.x;
  return items.map((item, i) => {
    const font = itemFont(item.kind);
    const width = widths[i]!;
    const inset = itemInset(item.kind);
    const room = Math.max(0, width - 2 * inset);
    const fitted =
      measure(texts[i]!, font) <= room + 1e-6
        ? texts[i]!
        : ellipsise(texts[i]!, room, font, measure);
    const textWidth = Math.min(measure(fitted, font), room);
    const placed: PlacedItem =
      item.kind === 'counts'
        ? {
            kind: item.kind,
            font,
            rect: null,
            text: {
              text: fitted,
              x,
              y: baseline(top, ROW_HEIGHT, font.size),
              width: textWidth,
              spaceAfter: false,
            },
          }
        : {
            kind: item.kind,
            font,
            rect: { x, y: top + (ROW_HEIGHT - M.badgeHeight) / 2, width, height: M.badgeHeight },
            text: {
              text: fitted,
              x: x + width / 2,
              y: baseline(top + (ROW_HEIGHT - M.badgeHeight) / 2, M.badgeHeight, font.size),
              width: textWidth,
              spaceAfter: false,
            },
          };
    x += width + M.rowGap;
    return placed;
  });
}

/** Lays out one card's name, profile bar and foot inside a box of the node's size. */
export function layoutCard(
  card: CardPicture,
  size: { width: number; height: number },
  measure: MeasureText,
): CardLayout {
  const inner = cardInner(card.isRoot, size);
  const anchor = card.isRoot ? 'middle' : 'start';
  const base = card.isRoot ? ROOT_NAME_FONT : NAME_FONT;
  const nameFont = card.dimmed ? { ...base, weight: M.dimmedNameWeight } : base;
  const nameLineHeight = nameFont.size * (card.isRoot ? M.rootName : M.name).lineHeight;
  const parts = profileParts(card.profile, inner.width);
  const rowCount = card.rows.length;
  // The card's own line count, or fewer when the box is smaller than a card.
  const maxLines = Math.min(
    card.nameLines,
    nameLinesFor(card.isRoot, rowCount, parts.length > 0, size),
  );
  const wrapped = wrapText(card.name, inner.width, nameFont, measure, maxLines);

  const footHeight = rowCount * ROW_HEIGHT + Math.max(0, rowCount - 1) * M.gap;
  const heights = [wrapped.lines.length * nameLineHeight];
  if (parts.length > 0) heights.push(M.profileHeight);
  if (rowCount > 0) heights.push(footHeight);
  const tops = stack(heights, inner.y, inner.height, card.isRoot);
  const nameTop = tops[0]!;
  const footTop = rowCount > 0 ? tops.at(-1)! : inner.y + inner.height;

  const nameLines = wrapped.lines.map((line, i) => ({
    ...line,
    x: card.isRoot ? inner.x + inner.width / 2 : inner.x,
    y: baseline(nameTop + i * nameLineHeight, nameLineHeight, nameFont.size),
  }));

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
            height: M.profileHeight,
            parts: parts.map((p) => ({ ...p, x: inner.x + p.x })),
          },
    rows: card.rows.map((row, r) => {
      const top = footTop + r * (ROW_HEIGHT + M.gap);
      return { top, height: ROW_HEIGHT, items: layoutRow(row, inner, top, card.isRoot, measure) };
    }),
  };
}

export interface CardPictureOptions {
  match?: OrganizationMatch | null;
  selectedId?: string | null;
  /** Which function colours the profile bars take. */
  theme: Theme;
  /** The chart's cards, as laid out with the screen's effective collapse (`buildChart().nodes`). */
  nodes: readonly ChartFlowNode[];
}

const NO_FILTER: Pick<OrganizationMatch, 'active' | 'offices' | 'matchedDuties' | 'functionIds'> = {
  active: false,
  offices: new Map(),
  matchedDuties: 0,
  functionIds: [],
};

/** What each of the chart's cards shows: `cardContent`, exactly as `OfficeNode` renders it. */
export function cardPicturesOf(
  org: Organization,
  options: CardPictureOptions,
): Map<string, CardPicture> {
  const index = indexOrganization(org);
  const match = options.match?.active ? options.match : null;
  // As the view computes them for the cards on screen (App's BranchMatchesContext).
  const branchMatches = match
    ? branchTotals(index, (id) => match.offices.get(id)?.matched ?? 0)
    : null;
  const cards = new Map<string, CardPicture>();
  for (const node of options.nodes) {
    const office = index.byId.get(node.id);
    // "Show more" cards are drawn by the picture itself (see svg-writer's renderMoreCard).
    if (!office || node.type !== 'office') continue;
    const content = cardContent(node.id, node.data, {
      selected: options.selectedId === node.id,
      match: match ?? NO_FILTER,
      branchMatches,
      profile: node.data.isRoot ? [] : functionProfile(office),
    });
    cards.set(node.id, {
      name: content.name,
      isRoot: content.isRoot,
      selected: content.selected,
      dimmed: content.dimmed,
      rows: content.rows,
      nameLines: content.nameLines,
      profile: content.profile.flatMap((part) => {
        const tag = functionById(part.id);
        return tag ? [{ colour: functionColour(tag, options.theme), count: part.count }] : [];
      }),
    });
  }
  return cards;
}
