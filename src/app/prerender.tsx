/**
 * The build's server entry: renders the app's first view to HTML (see `scripts/prerender.mjs`,
 * which runs it from `npm run build`), with the layouts the boot script fits to the window.
 */
import { renderToString } from 'react-dom/server';
import { buildChart } from '../layout/chart.ts';
import { fitWholeChart } from '../layout/fit.ts';
import {
  CHART_ZOOM_LIMITS,
  prerenderedLayouts,
  type FirstView,
  type PrerenderedLayouts,
} from '../layout/first-view.ts';
import { indexOrganization, type Organization } from '../model/organization.ts';
import { createOrgStore } from '../store/org-store.ts';
import { loadLazyParts } from './lazy.ts';
import { Root } from './Root.tsx';

/**
 * The chart area of a 1440 × 900 laptop window with the Outline open, which the HTML is laid out
 * for; the boot script refits it to the real window before the first paint.
 */
export const RENDERED_FRAME = { aspect: 1.6, width: 1160, height: 732 };

export interface Prerendered {
  /** The app's markup, for inside `#root`. */
  html: string;
  layouts: PrerenderedLayouts;
}

/** Renders the app for `organization` to HTML, waiting for every lazy part of the first view. */
export async function prerenderApp(organization: Organization): Promise<Prerendered> {
  const index = indexOrganization(organization);
  const chartFor = (aspect: number) => buildChart(organization, index, { mode: 'compact', aspect });
  const layouts = prerenderedLayouts(organization.root.id, chartFor, RENDERED_FRAME.aspect);
  const { layout } = chartFor(RENDERED_FRAME.aspect);
  const screen = { x: 0, y: 0, width: RENDERED_FRAME.width, height: RENDERED_FRAME.height };
  const firstView: FirstView = {
    aspect: RENDERED_FRAME.aspect,
    viewport: fitWholeChart(layout.bounds, layout.nodes, screen, [], CHART_ZOOM_LIMITS),
  };
  const root = () => <Root store={createOrgStore(organization)} firstView={firstView} />;
  // A first pass asks for the lazy parts; once they have loaded, every part renders in place,
  // with none of the inline scripts a streamed part would need (the page's Content Security
  // Policy allows no inline script).
  renderToString(root());
  await loadLazyParts();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const html = renderToString(root());
  if (/<script\b|<!--\$[?!]-->/i.test(html)) {
    throw new Error('Part of the prerendered page did not render on the server.');
  }
  return { html, layouts };
}
