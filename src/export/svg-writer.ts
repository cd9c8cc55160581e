/**
 * The SVG writer: attributes and paths spelled for an SVG document, and one card drawn from its
 * layout in a palette's colours. Pure: strings in, strings out.
 */
import { CARD_METRICS } from '../layout/card-metrics.ts';
import type { PlacedNode } from '../layout/layout-tree.ts';
import { layoutCard, type CardPicture, type PlacedItem, type PlacedText } from './svg-card.ts';
import type { Palette } from './svg-palette.ts';
import { escapeXml, normaliseText, type Font, type MeasureText } from './svg-text.ts';

const M = CARD_METRICS;
/** The dashes of a CSS `dashed` border one pixel wide, as Chromium draws them. */
const DASHES = '3 3';

/** A number for an attribute: two decimals at most, and never "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** Attributes spelled out, escaped, with undefined ones left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`)
    .join('');
}

export function fontAttrs(font: Font): Record<string, string | number> {
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
  const r = M.radius;
  const w = M.accentWidth;
  // Where the corner's arc crosses the strip's inner edge.
  const dy = r - Math.sqrt(r * r - (r - w) ** 2);
  return (
    `M ${w} ${num(dy)} A ${r} ${r} 0 0 0 0 ${r} V ${num(height - r)} ` +
    `A ${r} ${r} 0 0 0 ${w} ${num(height - dy)} Z`
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

/** A row item in the colours the screen gives it (see `.match-badge` and friends in styles.css). */
function renderItem(item: PlacedItem, card: CardPicture, palette: Palette): string {
  const { text, font, rect } = item;
  if (!rect) {
    return `<text${attrs({ class: 'card-meta', x: text.x, y: text.y, ...fontAttrs(font), fill: card.isRoot ? palette.rootText : palette.textMuted })}>${escapeXml(text.text)}</text>`;
  }
  const b = M.borderWidth / 2;
  const pill = (fill: string, stroke?: string, dashed = false) =>
    stroke
      ? `<rect${attrs({ x: rect.x + b, y: rect.y + b, width: rect.width - 2 * b, height: rect.height - 2 * b, rx: (rect.height - 2 * b) / 2, fill, stroke, 'stroke-width': M.borderWidth, 'stroke-dasharray': dashed ? DASHES : undefined })}/>`
      : `<rect${attrs({ x: rect.x, y: rect.y, width: rect.width, height: rect.height, rx: rect.height / 2, fill })}/>`;
  let shape: string;
  let ink: string;
  if (item.kind === 'match') {
    shape = pill(card.isRoot ? palette.rootText : palette.badgeBackground);
    ink = card.isRoot ? palette.rootBackground : palette.badgeText;
  } else if (item.kind === 'below') {
    shape = pill('none', palette.accent);
    ink = palette.accent;
  } else {
    const colour = card.isRoot ? palette.rootText : palette.borderStrong;
    shape = pill('none', colour, true);
    ink = card.isRoot ? palette.rootText : palette.text;
  }
  return [
    `<g class="${item.kind}-badge">`,
    shape,
    `<text${attrs({ x: text.x, y: text.y, ...fontAttrs(font), fill: ink, 'text-anchor': 'middle' })}>${escapeXml(text.text)}</text>`,
    `</g>`,
  ].join('');
}

/** One card as an SVG group at its place in the chart, drawn as `.office-card` is on screen. */
export function renderCard(
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
    'data-dimmed': card.dimmed ? 'true' : undefined,
    transform: `translate(${num(node.x)} ${num(node.y)})`,
  });
  out.push(`<g${group}>`, `<title>${escapeXml(normaliseText(card.name))}</title>`);
  if (card.selected) {
    const o = M.selectedOutline / 2;
    out.push(
      `<rect${attrs({ class: 'card-outline', x: -o, y: -o, width: width + 2 * o, height: height + 2 * o, rx: M.radius + o, fill: 'none', stroke: palette.selected, 'stroke-width': M.selectedOutline })}/>`,
    );
  }
  if (card.isRoot) {
    out.push(`<rect${attrs({ width, height, rx: M.radius, fill: palette.rootBackground })}/>`);
  } else {
    const b = M.borderWidth / 2;
    const fill = card.selected
      ? palette.selectedSoft
      : card.dimmed
        ? palette.surfaceSunken
        : palette.surface;
    const accent = card.selected ? palette.selected : card.dimmed ? palette.border : palette.accent;
    out.push(
      `<rect${attrs({ class: 'card-body', x: b, y: b, width: width - M.borderWidth, height: height - M.borderWidth, rx: M.radius - b, fill, stroke: card.selected ? palette.selected : palette.border, 'stroke-width': M.borderWidth, 'stroke-dasharray': card.dimmed ? DASHES : undefined })}/>`,
      `<path${attrs({ class: 'card-accent', d: accentPath(height), fill: accent })}/>`,
    );
  }
  const ink = card.isRoot ? palette.rootText : card.dimmed ? palette.textMuted : palette.text;
  if (layout.name.lines.length > 0) {
    out.push(
      `<text${attrs({ class: 'card-name', ...fontAttrs(layout.name.font), fill: ink, 'text-anchor': layout.anchor })}>${textLines(layout.name.lines)}</text>`,
    );
  }
  if (layout.profile) {
    const { y, height: h, parts } = layout.profile;
    out.push(
      `<g${attrs({ class: 'profile-bar', opacity: card.dimmed ? M.dimmedProfileOpacity : undefined })}>`,
    );
    parts.forEach((part, i) => {
      const rl = i === 0 ? M.profileRadius : 0;
      const rr = i === parts.length - 1 ? M.profileRadius : 0;
      out.push(
        `<path${attrs({ d: barPath(part.x, y, part.width, h, rl, rr), fill: part.colour })}/>`,
      );
    });
    out.push(`</g>`);
  }
  if (layout.rows.length > 0) {
    out.push(
      `<g${attrs({ class: 'card-foot', opacity: card.isRoot ? M.rootMetaOpacity : undefined })}>`,
      ...layout.rows.flatMap((row) => row.items.map((item) => renderItem(item, card, palette))),
      `</g>`,
    );
  }
  out.push(`</g>`);
  return out.join('');
}

/**
 * The card that ends a large sibling group shown a page at a time: a dashed box saying how many
 * of the group the picture shows, as the chart's "show more" card does (without its button).
 */
export function renderMoreCard(node: PlacedNode, text: string, palette: Palette): string {
  const font: Font = M.meta;
  const b = M.borderWidth / 2;
  return [
    `<g${attrs({ class: 'more-card', transform: `translate(${num(node.x)} ${num(node.y)})` })}>`,
    `<rect${attrs({ x: b, y: b, width: node.width - 2 * b, height: node.height - 2 * b, rx: M.radius, fill: palette.surfaceSunken, stroke: palette.borderStrong, 'stroke-dasharray': DASHES })}/>`,
    `<text${attrs({ x: node.width / 2, y: node.height / 2 + font.size / 3, 'text-anchor': 'middle', fill: palette.text, ...fontAttrs(font) })}>${escapeXml(text)}</text>`,
    `</g>`,
  ].join('');
}
