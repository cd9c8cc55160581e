/**
 * The page's boot script: a small classic script, render-blocking, that runs once the
 * prerendered page is parsed and before it is first painted. It applies the theme the user chose,
 * gives the prerendered HTML its inline styles back, fits the chart to the real window (as the
 * app will), and keeps a click on a card made before the app is ready, for the app to act on.
 * Without it (JavaScript off) the prerender stylesheet still shows the chart, legibly.
 */
import { WIDE_SCREEN } from '../layout/first-view.ts';
import { fitPrerenderedChart } from '../platform/prerendered-chart.ts';
import {
  PAGE_DATA_ID,
  readDataBlock,
  restoreInlineStyles,
  type PrerenderedPage,
} from '../platform/prerendered-page.ts';
import { BOOT_STATE, startsWithPrerenderedChart } from '../platform/boot-state.ts';
import { applyTheme, readStoredTheme } from '../platform/theme.ts';

const html = document.documentElement;
// First: the no-script fitting (and hiding of the zoom controls) stops applying, so the chart is
// measured as the app will see it.
html.dataset[BOOT_STATE.booted] = '';
const theme = readStoredTheme();
if (theme) applyTheme(theme);

const page = readDataBlock<PrerenderedPage>(PAGE_DATA_ID);
if (page) {
  restoreInlineStyles(document, page.styles);
  if (startsWithPrerenderedChart(window.location.search)) {
    const firstView = fitPrerenderedChart(
      document,
      page.layouts,
      window.matchMedia(WIDE_SCREEN).matches,
    );
    if (firstView) html.dataset[BOOT_STATE.firstView] = JSON.stringify(firstView);
  } else {
    // Another chart is about to replace this one: show none rather than the wrong one.
    html.dataset[BOOT_STATE.chartPending] = '';
  }
  const queue = (target: EventTarget | null) => {
    if (BOOT_STATE.chartLive in html.dataset) return;
    const card = (target as Element | null)?.closest?.<HTMLElement>('.react-flow__node');
    if (card?.dataset.id) html.dataset[BOOT_STATE.queuedSelection] = card.dataset.id;
  };
  document.addEventListener('click', (event) => queue(event.target), true);
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' || event.key === ' ') queue(event.target);
    },
    true,
  );
}
