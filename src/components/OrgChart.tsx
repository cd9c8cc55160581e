import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  getViewportForBounds,
  useStore,
  useStoreApi,
  type NodeMouseHandler,
  type ReactFlowState,
  type Viewport,
} from '@xyflow/react';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { prefersReducedMotion } from '../platform/theme.ts';
import type { TreeLayout } from '../layout/layout-tree.ts';
import { needsReveal } from '../layout/viewport.ts';
import { buildChart } from '../layout/chart.ts';
import type { OfficeFlowNode } from '../layout/to-flow.ts';
import { neighbour, type Direction } from '../model/navigation.ts';
import { CHART_READY_MARK, LAYOUT_MEASURE } from '../performance-marks.mjs';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { ElbowEdge } from './ElbowEdge.tsx';
import { focusNode } from './focus-node.ts';
import { OfficeNode } from './OfficeNode.tsx';

const nodeTypes = { office: OfficeNode };
const edgeTypes = { elbow: ElbowEdge };
const FIT_PADDING = 0.08;
/** React Flow's id for this chart; it names the element holding the keyboard help. */
const FLOW_ID = 'org-chart';
/** The zoom a revealed card is shown at, at least. */
const REVEAL_ZOOM = 0.9;
/** From this many units, React Flow renders only what is on screen. */
const LARGE_CHART = 300;
/** Above this many units the minimap, which draws every card, is left out. */
const MINIMAP_LIMIT = 2_000;

const ariaLabelConfig = {
  'node.a11yDescription.default':
    'Press Enter to show this unit’s duties. Arrow keys move between units: up to the parent, down to the first unit below, left and right along the row. Plus and minus show and hide the units below.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter to show this unit’s duties.',
};

const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'parent',
  ArrowDown: 'child',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  Home: 'first',
  End: 'last',
};

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
  (select: (id: string) => void): NodeMouseHandler<OfficeFlowNode> =>
  (_event, node) =>
    select(node.id);

/** The zoomable org chart. Selection lives in the store; React Flow's own selection is off. */
export const OrgChart = memo(function OrgChart({
  aspect,
  collapsedKey,
}: {
  aspect: number | undefined;
  /** The collapsed units to show, joined by newlines (see `useShownCollapsed`). */
  collapsedKey: string;
}) {
  const organization = useOrgStore((s) => s.organization);
  const layoutMode = useOrgStore((s) => s.layout);
  const select = useOrgStore((s) => s.select);
  const index = useOrgStore(selectIndex);
  const toggleCollapsed = useOrgStore((s) => s.toggleCollapsed);
  const collapsedIds = useOrgStore((s) => s.collapsedIds);
  const chart = useMemo(
    () =>
      timed(LAYOUT_MEASURE, () =>
        buildChart(organization, index, {
          mode: layoutMode,
          aspect,
          collapsed: new Set(collapsedKey ? collapsedKey.split('\n') : []),
          describedBy: `react-flow__node-desc-${FLOW_ID}`,
        }),
      ),
    [organization, index, layoutMode, aspect, collapsedKey],
  );
  const onNodeClick = useMemo(() => onNodeClickFor(select), [select]);
  const [placed, setPlaced] = useState(false);
  const modeRef = useRef<ViewMode>('fitted');
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) modeRef.current = 'user';
  }, []);
  const onFirstView = useCallback(() => {
    setPlaced(true);
    performance.mark(CHART_READY_MARK);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const nodeElement = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    const id = nodeElement?.dataset.id;
    if (!id) return;
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
    const direction = KEY_DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    if (direction === 'child' && collapsedIds.includes(id)) toggleCollapsed(id, false);
    const target = neighbour(index, id, direction);
    if (target) {
      select(target);
      focusNode(target);
    }
  };

  return (
    <div className="org-chart" data-placed={placed || undefined} onKeyDown={onKeyDown}>
      <ReactFlow
        id={FLOW_ID}
        nodes={chart.nodes}
        edges={chart.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        onMoveStart={onMoveStart}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements={chart.nodes.length > LARGE_CHART}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-left" />
        {chart.nodes.length <= MINIMAP_LIMIT && (
          <MiniMap
            pannable
            zoomable
            ariaLabel="Overview of the whole chart"
            position="bottom-right"
          />
        )}
        <ViewportController
          layout={chart.layout}
          modeRef={modeRef}
          layoutKey={layoutKeyOf(layoutMode, chart, organization.root.id)}
          rootId={organization.root.id}
          onFirstView={onFirstView}
        />
      </ReactFlow>
    </div>
  );
});

/** How much of the chart's height a bottom-sheet panel covers (0 for a side panel). */
function sheetCover(): number {
  const chart = document.querySelector('.chart-region')?.getBoundingClientRect();
  const panel = document.querySelector('.duties-panel')?.getBoundingClientRect();
  if (!chart || !panel || panel.left > chart.left + 1 || panel.top <= chart.top) return 0;
  return Math.max(0, chart.bottom - panel.top);
}

/**
 * Who chose the current view: our fit of the whole chart, our reveal of a selected card (both
 * follow resizes, and closing the panel after a reveal returns to the overview), or the user's
 * own panning and zooming, which we leave alone.
 */
type ViewMode = 'fitted' | 'revealed' | 'user';

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * Moves the view, from our own layout positions (React Flow never measures nodes it does not
 * render, so its own fitView can wait forever on large charts):
 * - the first view and a new layout show the whole chart;
 * - while the user has not panned or zoomed since, a resize (the panel opening, a rotated phone)
 *   fits the whole chart again, and closing the panel returns to that overview;
 * - a newly selected unit is brought into view at a readable zoom, unless it already is, so the
 *   chart does not jump under the pointer that clicked it; the root shows the whole chart.
 */
function ViewportController({
  layout,
  layoutKey,
  rootId,
  modeRef,
  onFirstView,
}: {
  layout: TreeLayout;
  layoutKey: string;
  rootId: string;
  modeRef: RefObject<ViewMode>;
  onFirstView: () => void;
}) {
  const selectedId = useOrgStore((s) => s.selectedId);
  const size = useStore(selectSize);
  const { setViewport, getViewport } = useReactFlow();
  const storeApi = useStoreApi();
  const shown = useRef<{ layoutKey: string; selectedId: string | null; size: string } | null>(null);

  useEffect(() => {
    const { width, height, minZoom, maxZoom } = storeApi.getState();
    if (width <= 0 || height <= 0) return;
    const last = shown.current;
    shown.current = { layoutKey, selectedId, size };
    const firstView = last === null;
    const layoutChanged = !firstView && last.layoutKey !== layoutKey;
    const resized = !firstView && last.size !== size;
    const selectionChanged = !firstView && last.selectedId !== selectedId;
    const animate = !firstView && !prefersReducedMotion();

    const mode = modeRef.current;
    let target: Viewport | null = null;
    const fit =
      firstView ||
      layoutChanged ||
      (resized && mode !== 'user') ||
      (selectionChanged && selectedId === rootId) ||
      (selectionChanged && selectedId === null && mode === 'revealed');
    if (fit) {
      target = getViewportForBounds(layout.bounds, width, height, minZoom, maxZoom, FIT_PADDING);
      modeRef.current = 'fitted';
    }
    const node =
      selectedId !== null &&
      selectedId !== rootId &&
      !layoutChanged &&
      (firstView || selectionChanged || (resized && mode !== 'user'))
        ? layout.nodes.find((n) => n.id === selectedId)
        : undefined;
    if (node) {
      const cover = sheetCover();
      const visible = { x: 0, y: 0, width, height: height - cover };
      if (needsReveal(node, target ?? getViewport(), visible)) {
        const zoom = Math.max(target?.zoom ?? getViewport().zoom, REVEAL_ZOOM);
        target = {
          zoom,
          x: width / 2 - (node.x + node.width / 2) * zoom,
          y: (height - cover) / 2 - (node.y + node.height / 2) * zoom,
        };
        // A view the user chose stays theirs; otherwise closing the panel brings the overview back.
        if (mode !== 'user' || fit) modeRef.current = 'revealed';
      }
    }
    if (target) void setViewport(target, { duration: animate && !resized ? 450 : 0 });
    if (firstView) onFirstView();
  }, [
    layout,
    layoutKey,
    selectedId,
    size,
    rootId,
    modeRef,
    setViewport,
    getViewport,
    storeApi,
    onFirstView,
  ]);
  return null;
}
