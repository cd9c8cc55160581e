import {
  ControlButton,
  Controls,
  useReactFlow,
  useStore,
  useStoreApi,
  type ReactFlowState,
} from '@xyflow/react';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { prefersReducedMotion } from '../platform/theme.ts';
import { fitWholeChart, type Viewport } from '../layout/fit.ts';
import type { Point, Rect, TreeLayout } from '../layout/layout-tree.ts';
import {
  decideView,
  INITIAL_VIEW_STATE,
  userMoved,
  wholeChartRequested,
  type ViewFrame,
  type ViewState,
} from '../layout/viewport.ts';
import { useOrgStore } from '../store/org-store.ts';
import { FitIcon } from './icons.tsx';

const ReadNotice = lazy(() => import('./ReadNotice.tsx').then((m) => ({ default: m.ReadNotice })));

/**
 * The "Zoomed to read" notice's size (chart-view.css): one line on a laptop, two on a phone.
 * The view is decided before the notice is drawn, so its size is known in advance.
 */
const noticeSize = (chartWidth: number) =>
  chartWidth >= 480 ? { width: 330, height: 38 } : { width: 220, height: 58 };
const ANIMATION_MS = 450;

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/** What floats over the chart: the minimap, the controls and React Flow's attribution link. */
const OVERLAYS = '.react-flow__minimap, .react-flow__controls, .react-flow__attribution';

/** What floats over the chart, in pixels from the chart's top-left corner. */
function obstructionsIn(chart: HTMLElement | null): Rect[] {
  const pane = chart?.querySelector('.react-flow')?.getBoundingClientRect();
  if (!chart || !pane) return [];
  // The question box floats over the chart's left side from outside it.
  return [...chart.querySelectorAll(OVERLAYS), ...document.querySelectorAll('.question-panel')]
    .map((el) => el.getBoundingClientRect())
    .filter((box) => box.width * box.height > 0) // the minimap is hidden on phones
    .map((box) => ({
      x: box.left - pane.left,
      y: box.top - pane.top,
      width: box.width,
      height: box.height,
    }));
}

/** How much of the chart's height a bottom-sheet panel covers (0 for a side panel). */
function sheetCover(): number {
  const chart = document.querySelector('.chart-region')?.getBoundingClientRect();
  const panel = document.querySelector('.duties-panel')?.getBoundingClientRect();
  if (!chart || !panel || panel.left > chart.left + 1 || panel.top <= chart.top) return 0;
  return Math.max(0, chart.bottom - panel.top);
}

/** Lets the chart tell the controller that the user moved the view themselves. */
export interface ViewSignals {
  userMoved: () => void;
}

/**
 * Moves the chart's view from our own layout positions (React Flow never measures cards it does
 * not render, so its own fitView can wait forever on large charts), as `decideView` decides, and
 * draws the zoom controls and the "Zoomed to read" notice that go with it.
 */
export function ViewportController({
  layout,
  layoutKey,
  rootId,
  chartRef,
  signalsRef,
  keyboardMoveRef,
  onFirstView,
}: {
  layout: TreeLayout;
  layoutKey: string;
  rootId: string;
  chartRef: RefObject<HTMLElement | null>;
  signalsRef: RefObject<ViewSignals | null>;
  /** Set when the next selection comes from an arrow key: move at once, so its card renders. */
  keyboardMoveRef: RefObject<boolean>;
  onFirstView: () => void;
}) {
  const selectedId = useOrgStore((s) => s.selectedId);
  const size = useStore(selectSize);
  const { setViewport, getViewport } = useReactFlow();
  const storeApi = useStoreApi();
  const shown = useRef<ViewFrame | null>(null);
  const viewState = useRef<ViewState>(INITIAL_VIEW_STATE);
  const [notice, setNotice] = useState<Point | null>(null);
  const cards = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);

  const setState = useCallback((state: ViewState) => {
    viewState.current = state;
    setNotice(state.mode === 'overview' ? state.notice : null);
  }, []);
  const moveTo = useCallback(
    (viewport: Viewport, animate: boolean) =>
      void setViewport(viewport, {
        duration: animate && !prefersReducedMotion() ? ANIMATION_MS : 0,
      }),
    [setViewport],
  );

  useEffect(() => {
    signalsRef.current = { userMoved: () => setState(userMoved(viewState.current)) };
  }, [signalsRef, setState]);

  useEffect(() => {
    const { width, height, minZoom, maxZoom } = storeApi.getState();
    if (width <= 0 || height <= 0) return;
    const current = { layoutKey, selectedId, width, height };
    const decision = decideView({
      previous: shown.current,
      current,
      state: viewState.current,
      rootId,
      bounds: layout.bounds,
      cards,
      viewport: getViewport(),
      obstructions: obstructionsIn(chartRef.current),
      sheet: sheetCover(),
      notice: noticeSize(width),
      limits: { minZoom, maxZoom },
    });
    const firstView = shown.current === null;
    shown.current = current;
    setState(decision.state);
    const animate = decision.animate && !keyboardMoveRef.current;
    keyboardMoveRef.current = false;
    if (decision.viewport) moveTo(decision.viewport, animate);
    if (firstView) onFirstView();
    // `size` re-runs the decision on a resize; the store holds the numbers.
  }, [
    layout,
    cards,
    layoutKey,
    selectedId,
    size,
    rootId,
    chartRef,
    keyboardMoveRef,
    storeApi,
    getViewport,
    setState,
    moveTo,
    onFirstView,
  ]);

  const fitWhole = () => {
    const { width, height, minZoom, maxZoom } = storeApi.getState();
    setState(wholeChartRequested(viewState.current));
    const screen = { x: 0, y: 0, width, height };
    const obstructions = obstructionsIn(chartRef.current);
    moveTo(
      fitWholeChart(layout.bounds, layout.nodes, screen, obstructions, { minZoom, maxZoom }),
      true,
    );
  };
  const onUserZoom = () => setState(userMoved(viewState.current));

  return (
    <>
      <Controls
        showInteractive={false}
        showFitView={false}
        position="bottom-left"
        onZoomIn={onUserZoom}
        onZoomOut={onUserZoom}
      >
        <ControlButton onClick={fitWhole} title="Fit the whole chart">
          <FitIcon />
        </ControlButton>
      </Controls>
      {/* Always there, so that screen readers announce the notice when it appears. */}
      <div className="chart-notice" role="status">
        {notice && (
          <Suspense fallback={null}>
            <ReadNotice at={notice} onFit={fitWhole} />
          </Suspense>
        )}
      </div>
    </>
  );
}
