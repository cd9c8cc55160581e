/**
 * The thin, browser-side part of exporting: it reads the theme's colours, measures text, draws the
 * pure SVG picture onto a canvas for PNGs, and triggers downloads. Loaded only when the user opens
 * the Export menu.
 */
import { buildChart } from '../layout/chart.ts';
import { shownCollapsedIds } from '../layout/shown-collapsed.ts';
import { indexOrganization } from '../model/organization.ts';
import { functionById } from '../search/functions.ts';
import type { OrganizationMatch } from '../search/match.ts';
import type { OrgState } from '../store/org-store.ts';
import { dutyRows, toCsv, toJson } from './data.ts';
import {
  exportFileName,
  exportNotice,
  formatExportDate,
  planExport,
  type ExportPlan,
  type PixelRatio,
} from './geometry.ts';
import {
  buildChartSvg,
  cardPicturesOf,
  cssFont,
  describeFilters,
  exportBands,
  PALETTE_CSS_VARIABLES,
  type ChartPicture,
  type MeasureText,
  type Palette,
} from './svg.ts';

export interface ExportContext {
  state: OrgState;
  match: OrganizationMatch;
  /** The theme the picture is drawn in: light unless the user asked for the current theme. */
  theme: 'light' | 'dark';
}

/**
 * Exports use a landscape compact layout whatever the screen's shape, so a chart exported from a
 * phone suits a report or a slide.
 */
const EXPORT_ASPECT = 1.6;

const numberFormat = new Intl.NumberFormat('en');

/** Exports the whole chart as a PNG at the requested pixel ratio (reduced, with a notice, if too big). */
export async function exportPng(
  context: ExportContext & { pixelRatio: PixelRatio },
): Promise<string> {
  const { svg, plan, fileName } = await drawPicture(context, context.pixelRatio, 'png');
  const image = await loadImage(new Blob([svg], { type: 'image/svg+xml' }));
  const canvas = document.createElement('canvas');
  canvas.width = plan.canvasWidth;
  canvas.height = plan.canvasHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the image (no canvas available).');
  ctx.scale(plan.canvasWidth / plan.width, plan.canvasHeight / plan.height);
  ctx.drawImage(image, 0, 0, plan.width, plan.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) {
    throw new Error(
      `the browser could not create a ${numberFormat.format(plan.canvasWidth)} × ${numberFormat.format(plan.canvasHeight)} pixel image. Try a lower resolution.`,
    );
  }
  download(blob, fileName);
  const notice = exportNotice(plan);
  return [
    `Downloaded ${fileName} (${numberFormat.format(plan.canvasWidth)} × ${numberFormat.format(plan.canvasHeight)} pixels).`,
    notice,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Exports the whole chart as a vector SVG with every name as real text. */
export async function exportSvg(context: ExportContext): Promise<string> {
  const { svg, fileName } = await drawPicture(context, 1, 'svg');
  download(new Blob([svg], { type: 'image/svg+xml' }), fileName);
  return `Downloaded ${fileName}.`;
}

/** Prepares the chart picture and the handbook, then opens the browser's print dialog. */
export async function printHandbook(context: ExportContext): Promise<string> {
  const { svg, picture } = await drawPicture({ ...context, theme: 'light' }, 1, 'pdf');
  const chartUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  context.state.startPrint({
    chartUrl,
    dateLine: picture.lines.at(-1) ?? '',
    filterLine: picture.lines.length > 1 ? (picture.lines[0] ?? null) : null,
    sourceLine: picture.source,
  });
  return 'Opened the print dialog: choose “Save as PDF” as the printer to get a PDF.';
}

/** Exports duties as CSV or JSON: all of them, or only those the current filter matches. */
export async function exportData(
  format: 'csv' | 'json',
  context: ExportContext,
  matchingOnly: boolean,
): Promise<string> {
  const { state, match } = context;
  const org = state.organization;
  const filtered = matchingOnly && match.active;
  const rows = dutyRows(org, filtered ? match : null);
  const text =
    format === 'csv'
      ? toCsv(rows)
      : toJson(org, rows, {
          exportedAt: new Date().toISOString(),
          filter: filtered ? filterLine(state) : null,
          source: org.attribution,
        });
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const fileName = exportFileName(org.name, format, new Date(), filtered ? 'filtered' : undefined);
  download(new Blob([text], { type }), fileName);
  return `Downloaded ${fileName} (${numberFormat.format(rows.length)} ${rows.length === 1 ? 'duty' : 'duties'}).`;
}

function filterLine(state: OrgState): string | null {
  const labels = state.functions.flatMap((id) => functionById(id)?.label ?? []);
  return describeFilters(state.query, labels);
}

async function drawPicture(
  context: ExportContext,
  pixelRatio: PixelRatio,
  kind: 'png' | 'svg' | 'pdf',
): Promise<{ svg: string; plan: ExportPlan; picture: ChartPicture; fileName: string }> {
  // Text is measured with the fonts the picture will use, so they must be loaded first.
  await document.fonts.ready;
  const { state, match, theme } = context;
  const org = state.organization;
  const now = new Date();
  const index = indexOrganization(org);
  // The collapse the screen shows: a filter opens the branches that hold its matches.
  const chart = buildChart(org, index, {
    mode: state.layout,
    aspect: EXPORT_ASPECT,
    collapsed: new Set(shownCollapsedIds(index, state.collapsedIds, match)),
  });
  const { layout } = chart;
  const filters = match.active ? filterLine(state) : null;
  const picture: ChartPicture = {
    title: org.name,
    lines: [...(filters ? [filters] : []), `Exported ${formatExportDate(now)} with Orgscope`],
    source: `Source: ${org.attribution.title}${org.attribution.url ? ` (${org.attribution.url})` : ''}${org.attribution.note ? `. ${org.attribution.note}.` : ''}`,
    layout,
    cards: cardPicturesOf(org, { match, selectedId: state.selectedId, theme, nodes: chart.nodes }),
    palette: readPalette(theme),
  };
  const measure = canvasMeasure();
  const plan = planExport({ bounds: layout.bounds, pixelRatio, ...exportBands(picture, measure) });
  return {
    svg: buildChartSvg(picture, plan, measure),
    plan,
    picture,
    fileName: exportFileName(org.name, kind, now),
  };
}

/** The theme's colours, read from the same CSS custom properties the app is styled with. */
function readPalette(theme: 'light' | 'dark'): Palette {
  const probe = document.createElement('div');
  probe.dataset.theme = theme;
  probe.hidden = true;
  document.body.append(probe);
  try {
    const style = getComputedStyle(probe);
    const palette = {} as Palette;
    for (const [key, variable] of Object.entries(PALETTE_CSS_VARIABLES) as [
      keyof Palette,
      string,
    ][]) {
      const value = style.getPropertyValue(variable).trim();
      if (!value) throw new Error(`the theme colour ${variable} is missing.`);
      palette[key] = value;
    }
    return palette;
  } finally {
    probe.remove();
  }
}

function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('this browser cannot measure text (no canvas available).');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font.size}/${font.weight}/${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = cssFont(font);
      width = ctx.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

async function loadImage(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } catch {
    throw new Error('the chart picture could not be drawn.');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary link; the URL is freed afterwards. */
function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; free it once the download has surely started.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
