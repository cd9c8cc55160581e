import {
  Background,
  BackgroundVariant,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type NodeMouseHandler,
} from '@xyflow/react';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { TreeLayout } from '../layout/layout-tree.ts';
import { buildChart } from '../layout/chart.ts';
import type { ChartFlowNode } from '../layout/to-flow.ts';
import { isMoreCardId, type Paging } from '../model/tree.ts';
import { MoreNode } from './MoreNode.tsx';
import { CHART_ZOOM_LIMITS } from '../layout/first-view.ts';
import type { Viewport } from '../layout/fit.ts';
import { CHART_READY_MARK, LAYOUT_MEASURE } from '../performance-marks.mjs';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { ElbowEdge } from './ElbowEdge.tsx';
import type * as ChartKeys from './chart-keys.ts';
import { OfficeNode } from './OfficeNode.tsx';
import { ViewportController, type ViewSignals } from './ViewportController.tsx';
import { useHydrated } from './use-hydrated.ts';
import { InitialView } from './InitialView.tsx';
import { useDrawBatches } from './use-draw-batches.ts';

const nodeTypes = { office: OfficeNode, more: MoreNode };
const edgeTypes = { elbow: ElbowEdge };
/** React Flow's id for this chart; it names the element holding the keyboard help. */
const FLOW_ID = 'org-chart';
/**
 * Above this many cards, React Flow renders only those on screen: a keystroke then redraws the
 * few dozen in view rather than every card (the Outline lists them all).
 */
const LARGE_CHART = 100;
/** Above this many units the minimap, which draws every card, is left out. */
const MINIMAP_LIMIT = 2_000;
const MINIMAP_SIZE = { width: 160, height: 120 };

const ariaLabelConfig = {
  'node.a11yDescription.default':
    'Enter shows this unit’s duties. Arrow keys move to the nearest unit that way on the chart; Home and End to the first and last of its group; plus and minus show and hide the units below. The Outline moves along the tree.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter to show this unit’s duties.',
};

/** The chart's key moves, loaded once the chart is on screen (keys need a focused card first). */
let chartKeys: typeof ChartKeys | null = null;
const loadChartKeys = () => import('./chart-keys.ts').then((m) => (chartKeys = m));
const MOVE_KEY = /^(Arrow(Up|Down|Left|Right)|Home|End)$/;

/**
 * Identifies a layout by its mode and shape, so a resize that leaves the arrangement as it was
 * (a bar appearing above the chart) is treated as a resize, not as a new layout.
 */
function layoutKeyOf(mode: string, chart: { layout: TreeLayout }, rootId: string): string {
  const { width, height } = chart.layout.bounds;
  return `${mode}:${Math.round(width)}x${Math.round(height)}:${chart.layout.nodes.length}:${rootId}`;
}

/** Runs `work` and records how long it took as a performance measure (for the benchmark). */
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

const onNodeClickFor =
  (select: (id: string) => void): NodeMouseHandler<ChartFlowNode> =>
  (_event, node) => {
    if (node.type === 'office') select(node.id);
  };

/** The zoomable org chart. Selection lives in the store; React Flow's own selection is off. */
export const OrgChart = memo(function OrgChart({
  aspect,
  collapsedKey,
  paging,
  initialViewport,
  onReady,
}: {
  aspect: number | undefined;
  /** The collapsed units to show, joined by newlines (see `useShownCollapsed`). */
  collapsedKey: string;
  /** Which children of large sibling groups to show (see `useShownPaging`). */
  paging: Paging | undefined;
  /** The view the prerendered page shows, which hydrating must keep. */
  initialViewport?: Viewport;
  /** Called once the chart has its first view and responds to input. */
  onReady?: () => void;
}) {
  const hydrated = useHydrated();
  const organization = useOrgStore((s) => s.organization);
  const layoutMode = useOrgStore((s) => s.layout);
  const select = useOrgStore((s) => s.select);
  const index = useOrgStore(selectIndex);
  const toggleCollapsed = useOrgStore((s) => s.toggleCollapsed);
  const showMoreChildren = useOrgStore((s) => s.showMoreChildren);
  const chart = useMemo(
    () =>
      timed(LAYOUT_MEASURE, () =>
        buildChart(organization, index, {
          mode: layoutMode,
          aspect,
          collapsed: new Set(collapsedKey ? collapsedKey.split('\n') : []),
          paging,
          describedBy: `react-flow__node-desc-${FLOW_ID}`,
        }),
      ),
    [organization, index, layoutMode, aspect, collapsedKey, paging],
  );
  // A new organisation's chart appears a batch of cards per task, React Flow itself with the
  // first batch, a frame after the page changed for it; the prerendered one, which hydrating must
  // find whole, at once.
  const { drawn, complete } = useDrawBatches(chart, hydrated && initialViewport === undefined);
  const onNodeClick = useMemo(() => onNodeClickFor(select), [select]);
  // A prerendered chart is in place from the start.
  const [placed, setPlaced] = useState(initialViewport !== undefined);
  const [viewed, setViewed] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const signals = useRef<ViewSignals | null>(null);
  const keyboardMove = useRef(false);
  // A move only counts as the user's when the view really moved under their hand or wheel:
  // d3-zoom also starts a gesture on a plain click on a card, which must not count.
  const onMove = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) signals.current?.userMoved();
  }, []);
  const onPointerDownCapture = (event: PointerEvent<HTMLDivElement>) => {
    // Dragging in the minimap moves the view through React Flow's own code, with no event.
    if ((event.target as HTMLElement).closest('.react-flow__minimap')) signals.current?.userMoved();
  };
  const onFirstView = useCallback(() => {
    setPlaced(true);
    setViewed(true);
  }, []);
  // Ready once the first view is decided and every card is drawn; said once per chart.
  const ready = viewed && complete;
  const announced = useRef(false);
  useEffect(() => {
    if (!ready || announced.current) return;
    announced.current = true;
    performance.mark(CHART_READY_MARK);
    onReady?.();
  }, [ready, onReady]);
  useEffect(() => {
    // Focus only needs keeping once a card has it, which is after this small chunk has loaded.
    let stop: (() => void) | undefined;
    let mounted = true;
    void loadChartKeys().then((keys) => {
      if (mounted && chartRef.current) stop = keys.keepCardFocus(chartRef.current);
    });
    return () => {
      mounted = false;
      stop?.();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const nodeElement = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    const id = nodeElement?.dataset.id;
    // A "show more" card's button handles its own keys.
    if (!id || isMoreCardId(id)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(id);
      return;
    }
    if (event.key === '+' || event.key === '=' || event.key === '-') {
      event.preventDefault();
      toggleCollapsed(id, event.key === '-');
      return;
    }
    if (!MOVE_KEY.test(event.key)) return;
    event.preventDefault();
    const key = event.key;
    const move = (keys: typeof ChartKeys) => {
      // Under fast key repeat the card moved to may not have focus yet: move on from it.
      const from = keys.pendingFocus() ?? id;
      const target = keys.keyTarget(key, from, chart.layout, index);
      if (target && target !== from) {
        keyboardMove.current = true;
        select(target);
        keys.focusNode(target);
      }
    };
    if (chartKeys) move(chartKeys);
    else void loadChartKeys().then(move);
  };

  return (
    <div
      ref={chartRef}
      className="org-chart"
      data-placed={placed || undefined}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        // The "show more" cards' buttons (see MoreNode).
        const more = (event.target as HTMLElement).closest<HTMLElement>('[data-show-more]');
        if (more?.dataset.showMore) showMoreChildren(more.dataset.showMore);
      }}
      onPointerDownCapture={onPointerDownCapture}
    >
      {/* Starts with the chart's nodes and edges, so that they render in the prerendered page. */}
      {drawn.nodes.length > 0 && (
        <ReactFlowProvider initialNodes={drawn.nodes} initialEdges={drawn.edges}>
          <InitialView viewport={initialViewport} />
          <ReactFlow
            id={FLOW_ID}
            nodes={drawn.nodes}
            edges={drawn.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodeClick={onNodeClick}
            onMove={onMove}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            edgesFocusable={false}
            deleteKeyCode={null}
            minZoom={CHART_ZOOM_LIMITS.minZoom}
            maxZoom={CHART_ZOOM_LIMITS.maxZoom}
            defaultViewport={initialViewport}
            onlyRenderVisibleElements={chart.nodes.length > LARGE_CHART}
            ariaLabelConfig={ariaLabelConfig}
          >
            {hydrated && <Background variant={BackgroundVariant.Dots} gap={24} size={1} />}
            {chart.nodes.length <= MINIMAP_LIMIT && !hydrated && (
              // Holds the minimap's place while the prerendered page hydrates, so the first view is
              // fitted around the same box as the minimap that replaces it.
              <div
                className="react-flow__panel top right react-flow__minimap minimap-placeholder"
                style={MINIMAP_SIZE}
              />
            )}
            {chart.nodes.length <= MINIMAP_LIMIT && hydrated && (
              // Top right, small: the compact chart leaves that corner free beside its root card,
              // so the whole chart can be fitted around it at a legible size.
              <MiniMap
                pannable
                zoomable
                ariaLabel="Overview of the whole chart"
                position="top-right"
                style={MINIMAP_SIZE}
              />
            )}
            <ViewportController
              layout={chart.layout}
              layoutKey={layoutKeyOf(layoutMode, chart, organization.root.id)}
              rootId={organization.root.id}
              chartRef={chartRef}
              signalsRef={signals}
              keyboardMoveRef={keyboardMove}
              onFirstView={onFirstView}
            />
          </ReactFlow>
        </ReactFlowProvider>
      )}
    </div>
  );
});
