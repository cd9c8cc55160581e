import { describe, expect, it } from 'vitest';
import {
  A4_LANDSCAPE,
  columnName,
  MIN_NAME_PT,
  MM_PER_PT,
  planPoster,
  posterGridSvg,
  posterSheets,
  PT_PER_PX,
  tileCaption,
  tileLabel,
  withoutBlankPages,
} from './poster.ts';

const NAME_PX = 15.2;

describe('planPoster', () => {
  it('fits a small chart on one page at the legible scale', () => {
    const plan = planPoster({ picture: { width: 600, height: 400 }, namePx: NAME_PX });
    expect(plan.columns).toBe(1);
    expect(plan.rows).toBe(1);
    expect(plan.tiles).toHaveLength(1);
    expect(plan.tiles[0]!.label).toBe('A1');
    expect(posterSheets(plan)).toBe(2);
  });

  it('prints card names at 9 pt, never under 8 pt', () => {
    const plan = planPoster({ picture: { width: 16_000, height: 600 }, namePx: NAME_PX });
    const namePt = NAME_PX * (plan.mmPerPx / MM_PER_PT);
    expect(namePt).toBeCloseTo(9, 6);
    expect(plan.namePt).toBe(9);
    const asked = planPoster({
      picture: { width: 16_000, height: 600 },
      namePx: NAME_PX,
      namePt: 5,
    });
    expect(asked.namePt).toBe(MIN_NAME_PT);
    expect(NAME_PX * (asked.mmPerPx / MM_PER_PT)).toBeCloseTo(MIN_NAME_PT, 6);
  });

  it('tiles a wide chart across pages that overlap and cover it all', () => {
    const picture = { width: 16_362, height: 604 };
    const plan = planPoster({ picture, namePx: NAME_PX });
    // A page is 277 × 181 mm inside 10 mm margins and a 9 mm label.
    expect(plan.area).toEqual({ width: A4_LANDSCAPE.width - 20, height: A4_LANDSCAPE.height - 29 });
    const pageW = plan.area.width / plan.mmPerPx;
    expect(plan.rows).toBe(1);
    expect(plan.columns).toBe(
      Math.ceil((picture.width - plan.overlapPx) / (pageW - plan.overlapPx)),
    );
    const first = plan.tiles[0]!;
    const last = plan.tiles.at(-1)!;
    expect(first.view.x).toBeLessThanOrEqual(0);
    expect(last.view.x + last.view.width).toBeGreaterThanOrEqual(picture.width - 1e-6);
    // Neighbours share exactly the overlap (10 mm on paper).
    const second = plan.tiles[1]!;
    expect(first.view.x + first.view.width - second.view.x).toBeCloseTo(plan.overlapPx, 6);
    expect(plan.overlapPx * plan.mmPerPx).toBeCloseTo(10, 6);
  });

  it('labels pages by column letter and row number, row by row', () => {
    const plan = planPoster({ picture: { width: 3_000, height: 2_000 }, namePx: NAME_PX });
    expect(plan.columns).toBeGreaterThan(1);
    expect(plan.rows).toBeGreaterThan(1);
    expect(plan.tiles.map((t) => t.label).slice(0, plan.columns + 1)).toEqual([
      ...Array.from({ length: plan.columns }, (_, c) => `${columnName(c)}1`),
      'A2',
    ]);
    const tile = plan.tiles.find((t) => t.label === 'B2')!;
    expect(tileCaption(plan, tile)).toBe(`B2 of ${plan.columns}×${plan.rows}`);
  });

  it('names columns past Z as a spreadsheet does', () => {
    expect(columnName(0)).toBe('A');
    expect(columnName(25)).toBe('Z');
    expect(columnName(26)).toBe('AA');
    expect(columnName(27)).toBe('AB');
    expect(tileLabel(1, 2)).toBe('B3');
  });

  it('fits the overview on one page and says how small its names are', () => {
    const picture = { width: 16_362, height: 604 };
    const plan = planPoster({ picture, namePx: NAME_PX });
    expect(picture.width * plan.overview.mmPerPx).toBeCloseTo(plan.area.width, 6);
    expect(plan.overview.namePt).toBeCloseTo((NAME_PX * plan.overview.mmPerPx) / MM_PER_PT, 6);
    expect(plan.overview.namePt).toBeLessThan(1);
    expect(PT_PER_PX).toBe(0.75);
  });

  it('draws the grid over the overview with a label per page', () => {
    const plan = planPoster({ picture: { width: 3_000, height: 2_000 }, namePx: NAME_PX });
    const svg = posterGridSvg(plan, '#1d70b8', 2);
    expect(svg.match(/<rect /g)).toHaveLength(plan.tiles.length);
    expect(svg).toContain('>A1</text>');
  });

  it("leaves out pages with nothing on them, keeping the others' labels", () => {
    const plan = planPoster({ picture: { width: 3_000, height: 2_000 }, namePx: NAME_PX });
    const b2 = plan.tiles.find((t) => t.label === 'B2')!.view;
    const card = { x: b2.x + b2.width / 2, y: b2.y + b2.height / 2, width: 10, height: 10 };
    const kept = withoutBlankPages(plan, [card]);
    expect(kept.tiles.map((t) => t.label)).toEqual(['B2']);
    expect(kept.columns).toBe(plan.columns);
  });

  it('refuses a picture without a size and paper too small for its margins', () => {
    expect(() => planPoster({ picture: { width: 0, height: 10 }, namePx: NAME_PX })).toThrow(
      RangeError,
    );
    expect(() =>
      planPoster({
        picture: { width: 10, height: 10 },
        namePx: NAME_PX,
        paper: { width: 30, height: 30 },
      }),
    ).toThrow(RangeError);
  });
});
