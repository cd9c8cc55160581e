// The app's icons: which PNGs the web app manifest and index.html name, and how each is drawn from
// public/favicon.svg. Shared by the manifest (scripts/pwa.ts) and the script that renders them
// (scripts/icons.mjs), so the list cannot drift. Plain JavaScript so Node runs it without a loader.

/**
 * @typedef {'any' | 'maskable' | 'apple'} IconKind
 * `any`: the favicon as it is, transparent around its rounded corners.
 * `maskable`: full-bleed, the mark inside the central safe circle (80 % of the width) that a
 * launcher's mask (circle, squircle, teardrop) never cuts.
 * `apple`: full-bleed too, as iOS rounds the corners itself and fills transparency with black.
 * @typedef {{ file: string, size: number, kind: IconKind }} AppIcon
 */

/** @type {readonly AppIcon[]} */
export const APP_ICONS = [
  { file: 'icons/icon-192.png', size: 192, kind: 'any' },
  { file: 'icons/icon-512.png', size: 512, kind: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, kind: 'maskable' },
  // At the path iOS asks for when a page names none.
  { file: 'apple-touch-icon.png', size: 180, kind: 'apple' },
];

/**
 * How much of a full-bleed icon's width the favicon takes. The favicon's white mark spans 24 × 22
 * of its 32 units, so at 70 % its corners lie 0.36 of the width from the centre: inside the 0.4
 * safe circle of a maskable icon.
 */
export const FULL_BLEED_SCALE = { maskable: 0.7, apple: 0.82 };

/**
 * The SVG an icon is rendered from.
 * @param {string} favicon the text of public/favicon.svg
 * @param {IconKind} kind
 * @returns {string}
 */
export function iconSvg(favicon, kind) {
  if (kind === 'any') return favicon;
  const open = favicon.match(/<svg\b[^>]*>/);
  const close = favicon.lastIndexOf('</svg>');
  const viewBox = open?.[0].match(/viewBox="([^"]+)"/)?.[1];
  // The favicon's first fill is its background tile: the full-bleed icon extends that colour.
  const background = favicon.match(/fill="(#[0-9a-fA-F]{3,8})"/)?.[1];
  if (!open || close < 0 || !viewBox || !background) {
    throw new Error('favicon.svg needs a viewBox and a background fill to make full-bleed icons');
  }
  const [x, y, width, height] = viewBox.split(/[\s,]+/).map(Number);
  const cx = x + width / 2;
  const cy = y + height / 2;
  const inner = favicon.slice(open.index + open[0].length, close);
  const scale = FULL_BLEED_SCALE[kind];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">` +
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${background}"/>` +
    `<g transform="translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})">${inner}</g>` +
    '</svg>'
  );
}
