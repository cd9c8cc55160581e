/**
 * Poster print: the geometry of tiling a chart picture over as many paper pages as it needs at a
 * scale where card names stay legible (at least 8 pt on paper), with an overlap between
 * neighbouring pages so they can be trimmed and joined. Pure: sizes in, pages out.
 */
import type { Rect, Size } from '../layout/layout-tree.ts';

/** Paper sizes in millimetres, landscape. */
export const A4_LANDSCAPE: Size = { width: 297, height: 210 };

/** A CSS pixel printed at 100 % is 1/96 inch: 0.75 pt, about 0.265 mm. */
export const PT_PER_PX = 0.75;
export const MM_PER_PT = 25.4 / 72;
export const MM_PER_PX = PT_PER_PX * MM_PER_PT;

/** The smallest card name a poster may print, in points. */
export const MIN_NAME_PT = 8;
/** The size posters print card names at, in points: comfortably above the minimum. */
export const POSTER_NAME_PT = 9;

export interface PosterOptions {
  /** The picture's size in CSS pixels (the SVG's viewBox). */
  picture: Size;
  /** A card name's font size in the picture, in CSS pixels. */
  namePx: number;
  paper?: Size;
  /** Page margin on every side, in millimetres. */
  margin?: number;
  /** Room at the top of each page for its label, in millimetres. */
  label?: number;
  /** How far each page repeats the edge of its neighbours, in millimetres. */
  overlap?: number;
  /** The card names' size on paper, in points (at least {@link MIN_NAME_PT}). */
  namePt?: number;
}

export interface PosterTile {
  /** Grid position: column letter and row number, e.g. "B3". */
  label: string;
  column: number;
  row: number;
  /** The part of the picture this page shows, in picture pixels. */
  view: Rect;
}

export interface PosterPlan {
  columns: number;
  rows: number;
  /** Pages with a part of the chart (the overview page comes before them). */
  tiles: PosterTile[];
  /** Millimetres on paper per picture pixel. */
  mmPerPx: number;
  /** Card names on the poster's pages, in points. */
  namePt: number;
  /** The printable area of a page below its label, in millimetres. */
  area: Size;
  /** The overlap between neighbouring pages, in picture pixels. */
  overlapPx: number;
  /** The overview page: the whole picture fitted on one page, and its names' size in points. */
  overview: { mmPerPx: number; namePt: number };
}

export const POSTER_DEFAULTS = { margin: 10, label: 9, overlap: 10 } as const;

/** Plans a poster: how many pages across and down, and which part of the chart each shows. */
export function planPoster(options: PosterOptions): PosterPlan {
  const paper = options.paper ?? A4_LANDSCAPE;
  const margin = options.margin ?? POSTER_DEFAULTS.margin;
  const label = options.label ?? POSTER_DEFAULTS.label;
  const overlap = options.overlap ?? POSTER_DEFAULTS.overlap;
  const namePt = Math.max(MIN_NAME_PT, options.namePt ?? POSTER_NAME_PT);
  const { picture, namePx } = options;
  if (!(picture.width > 0 && picture.height > 0 && namePx > 0)) {
    throw new RangeError('A poster needs a picture with a size and names with a font size.');
  }
  const area: Size = { width: paper.width - 2 * margin, height: paper.height - 2 * margin - label };
  if (!(area.width > 2 * overlap && area.height > 2 * overlap)) {
    throw new RangeError('The paper is too small for its margins, label and overlap.');
  }

  // The scale that prints names at namePt: namePx × scale × PT_PER_PX = namePt.
  const scale = namePt / (namePx * PT_PER_PX);
  const mmPerPx = scale * MM_PER_PX;
  const pageW = area.width / mmPerPx;
  const pageH = area.height / mmPerPx;
  const overlapPx = overlap / mmPerPx;
  const columns = tilesAlong(picture.width, pageW, overlapPx);
  const rows = tilesAlong(picture.height, pageH, overlapPx);
  // The grid is centred on the picture, so the margin left over is shared by both edges.
  const gridW = columns * pageW - (columns - 1) * overlapPx;
  const gridH = rows * pageH - (rows - 1) * overlapPx;
  const x0 = (picture.width - gridW) / 2;
  const y0 = (picture.height - gridH) / 2;

  const tiles: PosterTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({
        label: tileLabel(column, row),
        column,
        row,
        view: {
          x: x0 + column * (pageW - overlapPx),
          y: y0 + row * (pageH - overlapPx),
          width: pageW,
          height: pageH,
        },
      });
    }
  }

  const overviewMmPerPx = Math.min(area.width / picture.width, area.height / picture.height);
  return {
    columns,
    rows,
    tiles,
    mmPerPx,
    namePt,
    area,
    overlapPx,
    overview: {
      mmPerPx: overviewMmPerPx,
      namePt: (namePx * overviewMmPerPx) / MM_PER_PT,
    },
  };
}

function tilesAlong(length: number, page: number, overlap: number): number {
  if (length <= page) return 1;
  return Math.ceil((length - overlap) / (page - overlap) - 1e-9);
}

/**
 * The plan without the pages that would print blank: a page is kept when one of the picture's
 * parts (cards, the title) lies on it. Labels keep their grid positions, so "D2" stays "D2".
 */
export function withoutBlankPages(plan: PosterPlan, parts: readonly Rect[]): PosterPlan {
  const tiles = plan.tiles.filter(({ view }) =>
    parts.some(
      (r) =>
        r.x < view.x + view.width &&
        r.x + r.width > view.x &&
        r.y < view.y + view.height &&
        r.y + r.height > view.y,
    ),
  );
  return { ...plan, tiles };
}

/** "A", "B", … "Z", "AA", "AB"…: a spreadsheet-style column name. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A page's grid position, e.g. "B3" for the second column, third row. */
export function tileLabel(column: number, row: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** What a page says about where it sits, e.g. "B3 of 4×3". */
export function tileCaption(plan: Pick<PosterPlan, 'columns' | 'rows'>, tile: PosterTile): string {
  return `${tile.label} of ${plan.columns}×${plan.rows}`;
}

/** How many sheets the poster prints: the overview, then one per tile. */
export function posterSheets(plan: Pick<PosterPlan, 'tiles'>): number {
  return plan.tiles.length + 1;
}

/**
 * The grid drawn over the overview page: each tile's outline and label, as SVG markup in the
 * picture's own coordinates (so it can be added to the picture's SVG). `strokePx` is the line
 * width in picture pixels.
 */
export function posterGridSvg(plan: PosterPlan, colour: string, strokePx: number): string {
  const parts = [`<g class="poster-grid" fill="none" stroke="${colour}">`];
  for (const tile of plan.tiles) {
    const { x, y, width, height } = tile.view;
    // A label a fifth of the page's shorter side: large enough to read, never spilling over.
    const font = Math.min(width, height) / 5;
    parts.push(
      `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" stroke-width="${round(strokePx)}" stroke-dasharray="${round(strokePx * 4)} ${round(strokePx * 3)}"/>`,
      `<text x="${round(x + font / 2)}" y="${round(y + font * 1.2)}" fill="${colour}" stroke="none" font-size="${round(font)}" font-weight="700">${tile.label}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

const round = (v: number) => String(Math.round(v * 100) / 100);
