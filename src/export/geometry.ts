/**
 * Everything about an exported picture except drawing it: its size, the pixel ratio the browser
 * can afford, where the chart sits in it, the transform for React Flow's viewport, and file names.
 */
import type { Rect } from '../layout/layout-tree.ts';
import type { Viewport } from '../layout/fit.ts';
import { slugify } from '../data/names.ts';

/** How many device pixels the exported image has per CSS pixel of the chart, as the user picks it. */
export type PixelRatio = 1 | 2 | 3;

export const PIXEL_RATIOS: readonly PixelRatio[] = [1, 2, 3];

export const DEFAULT_PIXEL_RATIO: PixelRatio = 2;

/** Space around the chart inside the picture, in CSS pixels. */
export const DEFAULT_EXPORT_PADDING = 32;

/**
 * Longest side of a canvas, in device pixels. Browsers refuse (or silently blank) larger canvases;
 * 16,384 is the side every current desktop browser accepts and the one html-to-image enforces.
 */
export const MAX_CANVAS_SIDE = 16_384;

/**
 * Largest canvas area, in device pixels: 64 × 1024 × 1024 = 67,108,864 ("64 megapixels" in the
 * binary sense). Beyond this, encoding a PNG can exhaust a tab's memory before any limit is hit.
 */
export const MAX_CANVAS_AREA = 64 * 1024 * 1024;

export interface CanvasLimits {
  /** Longest side, in device pixels. */
  maxSide: number;
  /** Largest width × height, in device pixels. */
  maxArea: number;
}

export const DEFAULT_CANVAS_LIMITS: CanvasLimits = {
  maxSide: MAX_CANVAS_SIDE,
  maxArea: MAX_CANVAS_AREA,
};

/** A problem with the chart itself, worded for the user; anything else thrown here is a bug. */
export class ExportError extends Error {
  override name = 'ExportError';
}

export interface ExportRequest {
  /** The chart's bounds in chart (flow) coordinates, e.g. `TreeLayout.bounds`. */
  bounds: Rect;
  pixelRatio: PixelRatio;
  /** CSS pixels between the chart and the picture's edges (and the bands). */
  padding?: number;
  /** A band across the top for the title, in CSS pixels. */
  header?: { height: number };
  /** A band across the bottom for the source and date, in CSS pixels. */
  footer?: { height: number };
  /** Stricter limits for browsers that need them; the defaults suit desktop browsers. */
  limits?: CanvasLimits;
}

export interface ExportPlan {
  /** The whole picture in CSS pixels: header, padding, chart, padding, footer. */
  width: number;
  height: number;
  /** The ratio actually used: the requested one, or less when the canvas would be too large. */
  pixelRatio: number;
  requestedPixelRatio: PixelRatio;
  /** The canvas in device pixels (width / height × pixelRatio, rounded down as canvases are). */
  canvasWidth: number;
  canvasHeight: number;
  scaledDown: boolean;
  /** Transform for React Flow's viewport element that draws the chart inside `chartArea`. */
  viewport: Viewport;
  /** Where the chart's bounds land in the picture, in CSS pixels. */
  chartArea: Rect;
  headerArea: Rect;
  footerArea: Rect;
}

// Layout arithmetic leaves values like 1263.9999999; treat those as the whole pixel they mean.
const EPSILON = 1e-6;
const ceilPx = (v: number) => Math.ceil(v - EPSILON);
const floorPx = (v: number) => Math.floor(v + EPSILON);

/** Sizes the exported picture and lowers the pixel ratio until the canvas fits the limits. */
export function planExport(request: ExportRequest): ExportPlan {
  const { bounds } = request;
  const padding = request.padding ?? DEFAULT_EXPORT_PADDING;
  const headerHeight = request.header?.height ?? 0;
  const footerHeight = request.footer?.height ?? 0;
  const limits = request.limits ?? DEFAULT_CANVAS_LIMITS;
  const requested = request.pixelRatio;

  if (![bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite)) {
    throw new ExportError("The chart's size could not be measured, so it cannot be exported.");
  }
  if (bounds.width <= 0 || bounds.height <= 0) {
    throw new ExportError('The chart has nothing to export.');
  }
  assertLength(padding, 'Export padding');
  assertLength(headerHeight, 'Export header height');
  assertLength(footerHeight, 'Export footer height');
  if (!Number.isFinite(requested) || requested <= 0) {
    throw new RangeError(`Pixel ratio must be a positive number, got ${requested}.`);
  }
  if (!(limits.maxSide >= 1 && limits.maxArea >= 1)) {
    throw new RangeError('Canvas limits must be at least one pixel.');
  }

  const width = ceilPx(bounds.width + 2 * padding);
  const height = ceilPx(headerHeight + 2 * padding + bounds.height + footerHeight);
  const pixelRatio = affordableRatio(width, height, requested, limits);
  const canvasWidth = canvasSide(width, pixelRatio);
  const canvasHeight = canvasSide(height, pixelRatio);

  // Rounding the picture up leaves under a pixel spare; centre the chart in it, as React Flow's
  // getViewportForBounds would for a box of exactly this size.
  const bandTop = headerHeight;
  const bandHeight = height - headerHeight - footerHeight;
  const chartArea: Rect = {
    x: (width - bounds.width) / 2,
    y: bandTop + (bandHeight - bounds.height) / 2,
    width: bounds.width,
    height: bounds.height,
  };

  return {
    width,
    height,
    pixelRatio,
    requestedPixelRatio: requested,
    canvasWidth,
    canvasHeight,
    scaledDown: pixelRatio < requested,
    // Zoom stays 1 and only the pixel ratio shrinks, so cards wrap their text exactly as on screen.
    viewport: { x: chartArea.x - bounds.x, y: chartArea.y - bounds.y, zoom: 1 },
    chartArea,
    headerArea: { x: 0, y: 0, width, height: headerHeight },
    footerArea: { x: 0, y: height - footerHeight, width, height: footerHeight },
  };
}

function assertLength(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a finite number of pixels, 0 or more; got ${value}.`);
  }
}

function canvasSide(css: number, ratio: number): number {
  return Math.max(1, floorPx(css * ratio));
}

function fits(width: number, height: number, ratio: number, limits: CanvasLimits): boolean {
  const w = canvasSide(width, ratio);
  const h = canvasSide(height, ratio);
  return w <= limits.maxSide && h <= limits.maxSide && w * h <= limits.maxArea;
}

/** Significant figures kept in a reduced ratio: enough to lose under 1 % of resolution. */
const RATIO_DIGITS = 3;

function affordableRatio(
  width: number,
  height: number,
  requested: number,
  limits: CanvasLimits,
): number {
  if (fits(width, height, requested, limits)) return requested;
  const ideal = Math.min(
    requested,
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxArea / width / height),
  );
  if (!(ideal > 0)) throw new ExportError('The chart is too large to export as an image.');
  // Rounded down to a few figures so the notice can state the ratio exactly.
  const step = 10 ** (Math.floor(Math.log10(ideal)) - (RATIO_DIGITS - 1));
  const ratioOf = (units: number) => Number((units * step).toPrecision(RATIO_DIGITS));
  let units = Math.floor(ideal / step + EPSILON);
  // Floating point can put the rounded ratio a hair over a limit; step down until it fits.
  while (units > 1 && !fits(width, height, ratioOf(units), limits)) units--;
  return ratioOf(units);
}

const countFormat = new Intl.NumberFormat('en');
const ratioFormat = new Intl.NumberFormat('en', { maximumSignificantDigits: RATIO_DIGITS });

/** A sentence telling the user the image was made smaller than asked, or null when it was not. */
export function exportNotice(plan: ExportPlan): string | null {
  if (!plan.scaledDown) return null;
  return (
    `The chart is too large for a ${ratioFormat.format(plan.requestedPixelRatio)}× image; ` +
    `exported at ${ratioFormat.format(plan.pixelRatio)}× instead ` +
    `(${countFormat.format(plan.canvasWidth)} × ${countFormat.format(plan.canvasHeight)} pixels).`
  );
}

/** What a file holds and how its name ends; each export format's row in `formats.ts` gives both. */
export interface FileKind {
  /** `org-chart` for pictures, `duties` for data. */
  content: string;
  /** Without the dot: `png`, `csv`… */
  extension: string;
}

export const MAX_NAME_SLUG_LENGTH = 80;
const MAX_SUFFIX_SLUG_LENGTH = 40;
const FALLBACK_NAME = 'organization';

/**
 * A file name like `shanghai-provident-fund-management-center-org-chart-2026-11-27.png`:
 * `{organisation}-{content}[-{suffix}]-{local date}.{extension}`, where the suffix (e.g.
 * "filtered") names a variant of the content.
 */
export function exportFileName(
  orgName: string,
  kind: FileKind,
  date: Date,
  suffix?: string,
): string {
  const name = slugify(orgName, MAX_NAME_SLUG_LENGTH, { atWord: true });
  const variant =
    suffix === undefined ? '' : slugify(suffix, MAX_SUFFIX_SLUG_LENGTH, { atWord: true });
  const parts = [/[a-z]/.test(name) ? name : FALLBACK_NAME, kind.content];
  if (variant !== '') parts.push(variant);
  parts.push(isoLocalDate(date));
  return `${parts.join('-')}.${kind.extension}`;
}

/** `YYYY-MM-DD` of the calendar day the user is in, not the UTC day. */
export function isoLocalDate(date: Date): string {
  assertValidDate(date);
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "27 November 2026": the local date for the picture's footer, the same in every locale. */
export function formatExportDate(date: Date): string {
  assertValidDate(date);
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError('The export date is not a valid date.');
}

/**
 * The name a format's download gets, from its row of the export-format table (kept here, not
 * beside the table, so the runners the table loads do not import the table back).
 */
export function fileNameFor(
  format: { id: string; file: FileKind | null },
  organizationName: string,
  date: Date,
  suffix?: string,
): string {
  if (!format.file) throw new Error(`The ${format.id} export does not make a file.`);
  return exportFileName(organizationName, format.file, date, suffix);
}

/**
 * Safari's canvas limit (about 16.7 megapixels, 4,096 × 4,096); other browsers allow far more.
 * The adapter picks the limits for the browser it runs in.
 */
export const SAFARI_CANVAS_LIMITS: CanvasLimits = { maxSide: MAX_CANVAS_SIDE, maxArea: 16_777_216 };

/** The canvas limits for a browser, from its user agent string. */
export function canvasLimitsFor(userAgent: string): CanvasLimits {
  // Every browser on iOS is Safari underneath; desktop Safari names no Chrome or Chromium.
  const safari =
    /iPhone|iPad|iPod/.test(userAgent) ||
    (/Safari\//.test(userAgent) && !/Chrome\/|Chromium\/|Edg\//.test(userAgent));
  return safari ? SAFARI_CANVAS_LIMITS : DEFAULT_CANVAS_LIMITS;
}

/** Below this many device pixels high, a card name in an image cannot be read. */
export const LEGIBLE_NAME_PX = 9;

/** What a PNG at one resolution would be: its size and whether its names can be read. */
export interface PngAdvice {
  ratio: PixelRatio;
  width: number;
  height: number;
  /** The ratio actually used (lower than asked when the canvas would be too large). */
  usedRatio: number;
  /** A card name's height in the image, in pixels. */
  namePx: number;
  legible: boolean;
  /** A lower ratio that gives exactly the same file, when this one is capped to it. */
  sameAs: PixelRatio | null;
}

/** The PNG each resolution would give for a picture request, in the order of {@link PIXEL_RATIOS}. */
export function pngAdvice(request: Omit<ExportRequest, 'pixelRatio'>, namePx: number): PngAdvice[] {
  const plans = PIXEL_RATIOS.map((ratio) => planExport({ ...request, pixelRatio: ratio }));
  return plans.map((plan, i) => {
    const ratio = PIXEL_RATIOS[i]!;
    const same = plans.findIndex(
      (p) => p.canvasWidth === plan.canvasWidth && p.canvasHeight === plan.canvasHeight,
    );
    const name = namePx * plan.pixelRatio;
    return {
      ratio,
      width: plan.canvasWidth,
      height: plan.canvasHeight,
      usedRatio: plan.pixelRatio,
      namePx: name,
      legible: name >= LEGIBLE_NAME_PX,
      sameAs: same < i ? PIXEL_RATIOS[same]! : null,
    };
  });
}

const pxFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "3,264 × 2,040 px", or with what makes it unreadable or the same as a lower resolution. */
export function pngAdviceText(advice: PngAdvice): string {
  const size = `${countFormat.format(advice.width)} × ${countFormat.format(advice.height)} px`;
  if (advice.sameAs !== null) return `${size}, the same file as ${advice.sameAs}×`;
  if (!advice.legible) return `${size}, names ${pxFormat.format(advice.namePx)} px high`;
  return size;
}

/**
 * Why a PNG of this chart would not serve, and what to use instead; null when it would. The
 * browser caps an image's size, so a big chart is shrunk until its names cannot be read.
 */
export function pngWarning(advice: PngAdvice): string | null {
  if (advice.legible) return null;
  return (
    `Too small to read: the browser caps images at ${countFormat.format(MAX_CANVAS_SIDE)} px a side, ` +
    `so names would be ${pxFormat.format(advice.namePx)} px high. ` +
    `Use the SVG image (sharp at any zoom) or Print as a poster.`
  );
}
