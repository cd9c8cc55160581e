/**
 * The thin, browser-side part of exporting that every runner shares: it reads the theme's
 * colours, measures text with a canvas, builds the pure SVG picture of the chart and triggers
 * downloads. It never touches the app's store: runners return what they did.
 */
import { buildChart } from '../layout/chart.ts';
import { shownCollapsedIds } from '../layout/shown-collapsed.ts';
import { indexOrganization } from '../model/organization.ts';
import type { ExportContext } from './formats.ts';
import { planExport, type ExportPlan, type PixelRatio } from './geometry.ts';
import { exportedLine, filterLine, sourceLine } from './picture-text.ts';
import {
  buildChartSvg,
  cardPicturesOf,
  cssFont,
  exportBands,
  PALETTE_CSS_VARIABLES,
  type ChartPicture,
  type MeasureText,
  type Palette,
} from './svg.ts';

/**
 * Exports use a landscape compact layout whatever the screen's shape, so a chart exported from a
 * phone suits a report or a slide.
 */
const EXPORT_ASPECT = 1.6;

export const numberFormat = new Intl.NumberFormat('en');

/** The picture of the whole chart, as an SVG document and the plan it was drawn to. */
export interface DrawnPicture {
  svg: string;
  plan: ExportPlan;
  picture: ChartPicture;
}

/**
 * Builds the chart's picture synchronously, with whatever fonts are loaded now (the print view
 * needs it inside the browser's `beforeprint`, where nothing can be awaited).
 */
export function buildPicture(
  context: Pick<ExportContext, 'view' | 'match' | 'theme'>,
  pixelRatio: PixelRatio,
  now: Date,
): DrawnPicture {
  const { view, match, theme } = context;
  const org = view.organization;
  const index = indexOrganization(org);
  // The collapse the screen shows: a filter opens the branches that hold its matches.
  const chart = buildChart(org, index, {
    mode: view.layout,
    aspect: EXPORT_ASPECT,
    collapsed: new Set(shownCollapsedIds(index, view.collapsedIds, match)),
  });
  const { layout } = chart;
  const filters = match.active ? filterLine(view.query, view.functions, match.functionMode) : null;
  const picture: ChartPicture = {
    title: org.name,
    lines: [...(filters ? [filters] : []), exportedLine(now)],
    source: sourceLine(org.attribution),
    layout,
    cards: cardPicturesOf(org, { match, selectedId: view.selectedId, theme, nodes: chart.nodes }),
    palette: readPalette(theme),
  };
  const measure = canvasMeasure();
  const plan = planExport({ bounds: layout.bounds, pixelRatio, ...exportBands(picture, measure) });
  return { svg: buildChartSvg(picture, plan, measure), plan, picture };
}

/** Builds the picture once the fonts it is measured in have loaded. */
export async function drawPicture(
  context: ExportContext,
  pixelRatio: PixelRatio,
  now: Date,
): Promise<DrawnPicture> {
  await document.fonts.ready;
  return buildPicture(context, pixelRatio, now);
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
      if (!style.getPropertyValue(variable).trim()) {
        throw new Error(`the theme colour ${variable} is missing.`);
      }
      // Through a real colour property: the tokens are light-dark() pairs, which only a property
      // resolves, for the probe's own theme.
      probe.style.setProperty('color', `var(${variable})`);
      palette[key] = style.color;
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

/** Saves a blob under a file name through a temporary link; the URL is freed afterwards. */
export function download(blob: Blob, fileName: string) {
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
