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
import type { Point, TreeLayout } from '../layout/layout-tree.ts';
import {
  decideView,
  INITIAL_VIEW_STATE,
  userMoved,
  wholeChartRequested,
  type ViewFrame,
  type ViewState,
} from '../layout/viewport.ts';
import { noticeSize } from '../layout/first-view.ts';
import { obstructionsIn, sheetCover } from '../platform/chart-frame.ts';
import { useOrgStore } from '../store/org-store.ts';
import { FitIcon } from './icons.tsx';

const ReadNotice = lazy(() => import('./ReadNotice.tsx').then((m) => ({ default: m.ReadNotice })));

const ANIMATION_MS = 450;

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

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
