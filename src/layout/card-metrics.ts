/**
 * The one set of measurements a chart card is drawn with. The screen gets them as CSS custom
 * properties ({@link cardCssVariables}, set once on the document), the export draws with them
 * directly, so a card in an exported picture cannot drift from the card on screen.
 */
import type { Size } from './layout-tree.ts';

/** A font as the card uses it: CSS pixels and a numeric weight. */
export interface CardFont {
  size: number;
  weight: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
}

/** The root card: the organisation itself. */
export const ROOT_CARD: Size = { width: 320, height: 104 };
/** Every other unit's card. */
export const OFFICE_CARD: Size = { width: 248, height: 124 };

/** Every measurement of a card, in CSS pixels unless said otherwise. */
export const CARD_METRICS = {
  radius: 10,
  /** The coloured strip down an office card's left side. */
  accentWidth: 4,
  borderWidth: 1,
  paddingX: 13.6,
  paddingY: 11.2,
  /** Between the name, the profile bar and each row of the card's foot. */
  gap: 5.6,
  /** Between the items of one row of the foot (the counts and the badges). */
  rowGap: 6.4,
  /** The ring around the selected card. */
  selectedOutline: 3,
  name: { size: 15.2, weight: 650, lineHeight: 1.3 } satisfies CardFont,
  rootName: { size: 17.6, weight: 650, lineHeight: 1.3 } satisfies CardFont,
  /** A dimmed card's name is lighter, so the matching ones stand out. */
  dimmedNameWeight: 500,
  /** Lines of a name before it is cut with an ellipsis. */
  maxNameLines: 3,
  /** The counts ("11 duties") and the height of every row of the foot. */
  meta: { size: 12.8, weight: 400, lineHeight: 1.45 } satisfies CardFont,
  badge: { size: 12, weight: 700, lineHeight: 1 } satisfies CardFont,
  /** The "N units hidden" badge is about structure, not the filter, so it is not bold. */
  hiddenBadgeWeight: 400,
  badgePaddingX: 7.2,
  badgeHeight: 16,
  profileHeight: 6,
  profileGap: 2,
  profileMinPart: 4,
  profileRadius: 3,
  /** Opacity of a dimmed card's profile bar. */
  dimmedProfileOpacity: 0.3,
  /** Opacity of the counts on the root card, which sit on the accent colour. */
  rootMetaOpacity: 0.92,
} as const;

/** The card size for the root or another unit. */
export const cardSize = (isRoot: boolean): Size => (isRoot ? ROOT_CARD : OFFICE_CARD);

/** Height of one row of a card's foot. */
export const ROW_HEIGHT = CARD_METRICS.meta.size * CARD_METRICS.meta.lineHeight;

/** Line height of a card's name, in CSS pixels. */
export const nameLineHeight = (isRoot: boolean) => {
  const font = isRoot ? CARD_METRICS.rootName : CARD_METRICS.name;
  return font.size * font.lineHeight;
};

/** The box inside a card's border and padding. */
export function cardInner(isRoot: boolean, size: Size = cardSize(isRoot)) {
  const m = CARD_METRICS;
  const left = isRoot ? m.paddingX : m.accentWidth + m.paddingX;
  const right = isRoot ? m.paddingX : m.borderWidth + m.paddingX;
  const top = (isRoot ? 0 : m.borderWidth) + m.paddingY;
  return {
    x: left,
    y: top,
    width: Math.max(0, size.width - left - right),
    height: Math.max(0, size.height - 2 * top),
  };
}

/**
 * How many lines a card's name may take: what the profile bar and the rows of the foot leave
 * free, at most {@link CARD_METRICS.maxNameLines} and never none.
 */
export function nameLinesFor(
  isRoot: boolean,
  rows: number,
  hasProfile: boolean,
  size: Size = cardSize(isRoot),
): number {
  const m = CARD_METRICS;
  const items = 1 + rows + (hasProfile ? 1 : 0);
  const room =
    cardInner(isRoot, size).height -
    rows * ROW_HEIGHT -
    (hasProfile ? m.profileHeight : 0) -
    (items - 1) * m.gap;
  return Math.min(m.maxNameLines, Math.max(1, Math.floor(room / nameLineHeight(isRoot) + 1e-9)));
}

const px = (value: number) => `${value}px`;

/**
 * The metrics as CSS custom properties, for `styles.css`; a unit test checks that the stylesheet
 * uses no card property this does not set.
 */
export function cardCssVariables(): Record<`--card-${string}`, string> {
  const m = CARD_METRICS;
  return {
    '--card-radius': px(m.radius),
    '--card-accent-width': px(m.accentWidth),
    '--card-border-width': px(m.borderWidth),
    '--card-padding-x': px(m.paddingX),
    '--card-padding-y': px(m.paddingY),
    '--card-gap': px(m.gap),
    '--card-row-gap': px(m.rowGap),
    '--card-selected-outline': px(m.selectedOutline),
    '--card-name-size': px(m.name.size),
    '--card-name-weight': String(m.name.weight),
    '--card-name-line-height': String(m.name.lineHeight),
    '--card-root-name-size': px(m.rootName.size),
    '--card-dimmed-name-weight': String(m.dimmedNameWeight),
    '--card-meta-size': px(m.meta.size),
    '--card-row-height': px(ROW_HEIGHT),
    '--card-badge-size': px(m.badge.size),
    '--card-badge-weight': String(m.badge.weight),
    '--card-hidden-badge-weight': String(m.hiddenBadgeWeight),
    '--card-badge-padding-x': px(m.badgePaddingX),
    '--card-badge-height': px(m.badgeHeight),
    '--card-profile-height': px(m.profileHeight),
    '--card-profile-gap': px(m.profileGap),
    '--card-profile-min-part': px(m.profileMinPart),
    '--card-profile-radius': px(m.profileRadius),
    '--card-dimmed-profile-opacity': String(m.dimmedProfileOpacity),
    '--card-root-meta-opacity': String(m.rootMetaOpacity),
  };
}
