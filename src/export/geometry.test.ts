import { slugify } from '../data/names.ts';
import { describe, expect, it } from 'vitest';
import type { Point, Rect } from '../layout/layout-tree.ts';
import {
  DEFAULT_PIXEL_RATIO,
  ExportError,
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
  exportFileName,
  exportNotice,
  formatExportDate,
  isoLocalDate,
  planExport,
  type ExportPlan,
  type ExportRequest,
  type PixelRatio,
} from './geometry.ts';

const ORG = 'Shanghai Provident Fund Management Center';

const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width,
  height,
});

const request = (overrides: Partial<ExportRequest> = {}): ExportRequest => ({
  bounds: rect(-600, 0, 1200, 800),
  pixelRatio: DEFAULT_PIXEL_RATIO,
  padding: 32,
  header: { height: 64 },
  footer: { height: 40 },
  ...overrides,
});

/** Where a point of the chart lands in the picture once the viewport transform is applied. */
const project = (plan: ExportPlan, p: Point): Point => ({
  x: p.x * plan.viewport.zoom + plan.viewport.x,
  y: p.y * plan.viewport.zoom + plan.viewport.y,
});

const expectWithinLimits = (plan: ExportPlan) => {
  expect(plan.canvasWidth).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  expect(plan.canvasHeight).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  expect(plan.canvasWidth * plan.canvasHeight).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  expect(plan.canvasWidth).toBeGreaterThanOrEqual(1);
  expect(plan.canvasHeight).toBeGreaterThanOrEqual(1);
  expect(Number.isInteger(plan.canvasWidth)).toBe(true);
  expect(Number.isInteger(plan.canvasHeight)).toBe(true);
};

describe('planExport', () => {
  it('adds padding around the chart and the header and footer bands', () => {
    const plan = planExport(request());
    expect(plan.width).toBe(32 + 1200 + 32);
    expect(plan.height).toBe(64 + 32 + 800 + 32 + 40);
    expect(plan.chartArea).toEqual(rect(32, 96, 1200, 800));
    expect(plan.headerArea).toEqual(rect(0, 0, 1264, 64));
    expect(plan.footerArea).toEqual(rect(0, 928, 1264, 40));
  });

  it.each([1, 2, 3] as const)('makes a canvas of css size × %i× for a normal chart', (ratio) => {
    const plan = planExport(request({ pixelRatio: ratio }));
    expect(plan.pixelRatio).toBe(ratio);
    expect(plan.requestedPixelRatio).toBe(ratio);
    expect(plan.scaledDown).toBe(false);
    expect(plan.canvasWidth).toBe(1264 * ratio);
    expect(plan.canvasHeight).toBe(968 * ratio);
    expect(exportNotice(plan)).toBeNull();
  });

  it('rounds a fractional chart up to whole pixels and centres it in the spare', () => {
    const plan = planExport(request({ bounds: rect(0.25, 0, 1200.5, 799.5), pixelRatio: 3 }));
    expect(plan.width).toBe(1265);
    expect(plan.height).toBe(968);
    expect(plan.canvasWidth).toBe(3795);
    expect(plan.canvasHeight).toBe(2904);
    expect(plan.chartArea.x).toBeCloseTo(32.25);
    expect(plan.chartArea.y).toBeCloseTo(96.25);
  });

  it('treats layout noise such as 1199.9999999 as the whole pixel it means', () => {
    const plan = planExport(request({ bounds: rect(0, 0, 1200 - 1e-9, 800 + 1e-9) }));
    expect(plan.width).toBe(1264);
    expect(plan.height).toBe(968);
  });

  it('uses the default padding and no bands when none are given', () => {
    const plan = planExport({ bounds: rect(10, 20, 100, 50), pixelRatio: 1 });
    expect(plan.width).toBe(164);
    expect(plan.height).toBe(114);
    expect(plan.chartArea).toEqual(rect(32, 32, 100, 50));
    expect(plan.headerArea.height).toBe(0);
    expect(plan.footerArea).toEqual(rect(0, 114, 164, 0));
  });

  it("places the bounds' corners on the chart area's corners at zoom 1", () => {
    const bounds = rect(-1234.5, -87, 3000, 1800);
    const plan = planExport(request({ bounds, pixelRatio: 3 }));
    expect(plan.viewport.zoom).toBe(1);
    const topLeft = project(plan, { x: bounds.x, y: bounds.y });
    const bottomRight = project(plan, {
      x: bounds.x + bounds.width,
      y: bounds.y + bounds.height,
    });
    expect(topLeft.x).toBeCloseTo(plan.chartArea.x);
    expect(topLeft.y).toBeCloseTo(plan.chartArea.y);
    expect(bottomRight.x).toBeCloseTo(plan.chartArea.x + plan.chartArea.width);
    expect(bottomRight.y).toBeCloseTo(plan.chartArea.y + plan.chartArea.height);
    // The chart stays clear of the bands and the padding.
    expect(topLeft.y).toBeGreaterThanOrEqual(plan.headerArea.height + 32);
    expect(bottomRight.y).toBeLessThanOrEqual(plan.footerArea.y - 32);
    expect(bottomRight.x).toBeLessThanOrEqual(plan.width - 32);
  });

  it('depends only on the bounds: moving the chart moves the transform, nothing else', () => {
    const here = planExport(request({ bounds: rect(0, 0, 1200, 800) }));
    const there = planExport(request({ bounds: rect(-5000, 300, 1200, 800) }));
    const { viewport: a, ...restHere } = here;
    const { viewport: b, ...restThere } = there;
    expect(restThere).toEqual(restHere);
    expect(b.x - a.x).toBe(5000);
    expect(b.y - a.y).toBe(-300);
    expect(planExport(request())).toEqual(planExport(request()));
  });

  it('keeps the requested ratio when the canvas exactly meets the side limit', () => {
    const plan = planExport({ bounds: rect(0, 0, 8192, 100), pixelRatio: 2, padding: 0 });
    expect(plan.canvasWidth).toBe(MAX_CANVAS_SIDE);
    expect(plan.scaledDown).toBe(false);
  });

  it('lowers the ratio to respect the area limit and says so', () => {
    const plan = planExport({ bounds: rect(0, 0, 5000, 5000), pixelRatio: 3, padding: 32 });
    expect(plan.scaledDown).toBe(true);
    expect(plan.pixelRatio).toBe(1.61);
    expect(plan.canvasWidth).toBe(8153);
    expect(plan.canvasHeight).toBe(8153);
    expectWithinLimits(plan);
    expect(exportNotice(plan)).toBe(
      'The chart is too large for a 3× image; exported at 1.61× instead (8,153 × 8,153 pixels).',
    );
  });

  it('scales a gigantic chart below 1× so both the side and the area limits hold', () => {
    const plan = planExport(request({ bounds: rect(0, 0, 200_000, 150_000), pixelRatio: 3 }));
    expect(plan.scaledDown).toBe(true);
    expect(plan.pixelRatio).toBeGreaterThan(0);
    expect(plan.pixelRatio).toBeLessThan(0.05);
    expectWithinLimits(plan);
    // Area binds here; the canvas uses nearly all of it rather than being shrunk needlessly.
    expect(plan.canvasWidth * plan.canvasHeight).toBeGreaterThan(0.98 * MAX_CANVAS_AREA);
    expect(plan.canvasWidth).toBe(Math.floor(plan.width * plan.pixelRatio));
    expect(exportNotice(plan)).toBe(
      `The chart is too large for a 3× image; exported at ${plan.pixelRatio}× instead ` +
        `(${plan.canvasWidth.toLocaleString('en')} × ${plan.canvasHeight.toLocaleString('en')} pixels).`,
    );
  });

  it('scales a very long, thin chart by its longest side', () => {
    const plan = planExport(request({ bounds: rect(0, 0, 50_000, 400), pixelRatio: 2 }));
    expect(plan.scaledDown).toBe(true);
    expect(plan.pixelRatio).toBe(0.327);
    expect(plan.canvasWidth).toBe(16_370);
    expectWithinLimits(plan);
    expect(exportNotice(plan)).toBe(
      'The chart is too large for a 2× image; exported at 0.327× instead (16,370 × 185 pixels).',
    );
  });

  it('never makes a side zero pixels, however thin the chart', () => {
    const plan = planExport({ bounds: rect(0, 0, 1e9, 1), pixelRatio: 1, padding: 0 });
    expect(plan.canvasHeight).toBe(1);
    expectWithinLimits(plan);
  });

  it('honours stricter limits passed by the caller', () => {
    const limits = { maxSide: 4096, maxArea: 4096 * 4096 };
    const plan = planExport(request({ bounds: rect(0, 0, 3000, 3000), pixelRatio: 2, limits }));
    expect(plan.scaledDown).toBe(true);
    const longest = Math.max(plan.canvasWidth, plan.canvasHeight);
    expect(longest).toBeLessThanOrEqual(4096);
    expect(longest).toBeGreaterThan(4000);
  });

  it.each<PixelRatio>([1, 2, 3])(
    'stays within the limits at %i× for many chart shapes',
    (ratio) => {
      for (const w of [1, 333.3, 5461, 8000, 40_000, 123_457]) {
        for (const h of [1, 777.7, 5461, 9000, 60_001]) {
          const plan = planExport(request({ bounds: rect(0, 0, w, h), pixelRatio: ratio }));
          expectWithinLimits(plan);
          expect(plan.pixelRatio).toBeLessThanOrEqual(ratio);
          expect(plan.scaledDown).toBe(plan.pixelRatio < ratio);
        }
      }
    },
  );

  it('refuses an empty chart with a message for the user', () => {
    for (const bounds of [rect(0, 0, 0, 0), rect(10, 10, 0, 200), rect(0, 0, 300, 0)]) {
      expect(() => planExport(request({ bounds }))).toThrow(
        new ExportError('The chart has nothing to export.'),
      );
    }
  });

  it('refuses a chart whose size is not a number', () => {
    for (const bounds of [
      rect(NaN, 0, 10, 10),
      rect(0, 0, Infinity, 10),
      rect(0, -Infinity, 1, 1),
    ]) {
      expect(() => planExport(request({ bounds }))).toThrow(
        "The chart's size could not be measured, so it cannot be exported.",
      );
    }
  });

  it('refuses a chart too large to measure in pixels', () => {
    expect(() => planExport(request({ bounds: rect(0, 0, 1e200, 1e200) }))).toThrow(ExportError);
  });

  it('treats bad options as programming errors, not user errors', () => {
    expect(() => planExport(request({ padding: -1 }))).toThrow(RangeError);
    expect(() => planExport(request({ header: { height: NaN } }))).toThrow(RangeError);
    expect(() => planExport(request({ pixelRatio: 0 as PixelRatio }))).toThrow(RangeError);
  });
});

describe('exportFileName', () => {
  const picture = (extension: string) => ({ content: 'org-chart', extension });
  const data = (extension: string) => ({ content: 'duties', extension });
  const KIND = {
    png: picture('png'),
    svg: picture('svg'),
    pdf: picture('pdf'),
    csv: data('csv'),
    json: data('json'),
  };

  const day = new Date(2026, 10, 27, 15, 30);

  it('names pictures by organisation, content and local date', () => {
    expect(exportFileName(ORG, KIND.png, day)).toBe(
      'shanghai-provident-fund-management-center-org-chart-2026-11-27.png',
    );
    expect(exportFileName(ORG, KIND.svg, day)).toBe(
      'shanghai-provident-fund-management-center-org-chart-2026-11-27.svg',
    );
    expect(exportFileName(ORG, KIND.pdf, day)).toBe(
      'shanghai-provident-fund-management-center-org-chart-2026-11-27.pdf',
    );
  });

  it('names data exports after the duties, with an optional variant before the date', () => {
    expect(exportFileName(ORG, KIND.csv, day)).toBe(
      'shanghai-provident-fund-management-center-duties-2026-11-27.csv',
    );
    expect(exportFileName(ORG, KIND.json, day, 'filtered')).toBe(
      'shanghai-provident-fund-management-center-duties-filtered-2026-11-27.json',
    );
    expect(exportFileName(ORG, KIND.csv, day, ' Filtered! ')).toBe(
      'shanghai-provident-fund-management-center-duties-filtered-2026-11-27.csv',
    );
    expect(exportFileName(ORG, KIND.csv, day, '—')).toBe(
      'shanghai-provident-fund-management-center-duties-2026-11-27.csv',
    );
  });

  it('uses the calendar day the user is in, even a moment before or after midnight', () => {
    expect(exportFileName(ORG, KIND.png, new Date(2026, 11, 31, 23, 59, 59, 999))).toMatch(
      /-2026-12-31\.png$/,
    );
    expect(exportFileName(ORG, KIND.png, new Date(2027, 0, 1, 0, 0, 0, 0))).toMatch(
      /-2027-01-01\.png$/,
    );
    expect(isoLocalDate(new Date(2026, 2, 5, 0, 0, 1))).toBe('2026-03-05');
  });

  it('strips accents and punctuation from the name', () => {
    expect(exportFileName('Société Générale & Co. (Paris)', KIND.png, day)).toBe(
      'societe-generale-co-paris-org-chart-2026-11-27.png',
    );
    expect(exportFileName('  Straße der Ämter – Łódź Øresund ', KIND.csv, day)).toBe(
      'strasse-der-amter-lodz-oresund-duties-2026-11-27.csv',
    );
  });

  it('falls back to "organization" for names with no Latin letters', () => {
    expect(exportFileName('上海市住房公积金管理中心', KIND.png, day)).toBe(
      'organization-org-chart-2026-11-27.png',
    );
    expect(exportFileName('第3处', KIND.csv, day)).toBe('organization-duties-2026-11-27.csv');
    expect(exportFileName('', KIND.json, day)).toBe('organization-duties-2026-11-27.json');
  });

  it('shortens a long name at a word boundary', () => {
    const long =
      'The Extraordinarily Long Official Name of a Municipal Housing Provident Fund Administration Bureau';
    const name = exportFileName(long, KIND.png, day);
    const slug = name.replace(/-org-chart-2026-11-27\.png$/, '');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe(
      'the-extraordinarily-long-official-name-of-a-municipal-housing-provident-fund',
    );
    expect(slugify('a'.repeat(200), 80, { atWord: true })).toBe('a'.repeat(80));
  });

  it('rejects an invalid date', () => {
    expect(() => exportFileName(ORG, KIND.png, new Date(NaN))).toThrow(RangeError);
  });
});

describe('formatExportDate', () => {
  it('writes the local date in words, without a leading zero', () => {
    expect(formatExportDate(new Date(2026, 10, 27, 9))).toBe('27 November 2026');
    expect(formatExportDate(new Date(2027, 0, 1, 0, 0, 0))).toBe('1 January 2027');
    expect(formatExportDate(new Date(2026, 11, 31, 23, 59, 59))).toBe('31 December 2026');
  });
});
