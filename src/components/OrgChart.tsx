import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type NodeMouseHandler,
  type ReactFlowState,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { prefersReducedMotion } from '../app/theme.ts';
import type { TreeLayout } from '../layout/layout-tree.ts';
import { buildChart } from '../layout/chart.ts';
import type { OfficeFlowNode } from '../layout/to-flow.ts';
import { neighbour, type Direction } from '../model/navigation.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { ElbowEdge } from './ElbowEdge.tsx';
import { focusNode } from './focus-node.ts';
import { OfficeNode } from './OfficeNode.tsx';

const nodeTypes = { office: OfficeNode };
const edgeTypes = { elbow: ElbowEdge };
const FIT_PADDING = 0.08;
/** Performance mark set when the chart is first on screen, read by the benchmark. */
export const CHART_READY_MARK = 'orgscope:chart-ready';

const ariaLabelConfig = {
  'node.a11yDescription.default':
    'Press Enter to show this unit’s duties. Arrow keys move between units: up to the parent, down to the first unit below, left and right along the row.',
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

const onNodeClickFor =
  (select: (id: string) => void): NodeMouseHandler<OfficeFlowNode> =>
  (_event, node) =>
    select(node.id);

/** The zoomable org chart. Selection lives in the store; React Flow's own selection is off. */
export function OrgChart({ aspect }: { aspect: number | undefined }) {
  const organization = useOrgStore((s) => s.organization);
  const layoutMode = useOrgStore((s) => s.layout);
  const select = useOrgStore((s) => s.select);
  const index = useOrgStore(selectIndex);
  const chart = useMemo(
    () => buildChart(organization, layoutMode, aspect),
    [organization, layoutMode, aspect],
  );
  const onNodeClick = useMemo(() => onNodeClickFor(select), [select]);
  const [placed, setPlaced] = useState(false);
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
    const direction = KEY_DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    const target = neighbour(index, id, direction);
    if (target) {
      select(target);
      focusNode(target);
    }
  };

  return (
    <div className="org-chart" data-placed={placed || undefined} onKeyDown={onKeyDown}>
      <ReactFlow
        nodes={chart.nodes}
        edges={chart.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap
          pannable
          zoomable
          ariaLabel="Overview of the whole chart"
          position="bottom-right"
        />
        <ViewportController
          layout={chart.layout}
          layoutKey={`${layoutMode}:${aspect ?? ''}:${organization.root.id}`}
          rootId={organization.root.id}
          onFirstView={onFirstView}
        />
      </ReactFlow>
    </div>
  );
}

/** How much of the chart's height a bottom-sheet panel covers (0 for a side panel). */
function sheetCover(): number {
  const chart = document.querySelector('.chart-region')?.getBoundingClientRect();
  const panel = document.querySelector('.duties-panel')?.getBoundingClientRect();
  if (!chart || !panel || panel.left > chart.left + 1 || panel.top <= chart.top) return 0;
  return Math.max(0, chart.bottom - panel.top);
}

const selectHasSize = (s: ReactFlowState) => s.width > 0 && s.height > 0;

/**
 * Moves the view: a new layout shows the whole chart; a newly selected unit is centred at a
 * readable zoom (the root shows the whole chart); the first view does the same without animation.
 * Positions come from our own layout, so this never waits for React Flow to measure every node,
 * which it never does for the nodes it does not render.
 */
function ViewportController({
  layout,
  layoutKey,
  rootId,
  onFirstView,
}: {
  layout: TreeLayout;
  layoutKey: string;
  rootId: string;
  onFirstView: () => void;
}) {
  const selectedId = useOrgStore((s) => s.selectedId);
  const hasSize = useStore(selectHasSize);
  const { setCenter, getZoom, fitBounds } = useReactFlow();
  const shown = useRef<{ layoutKey: string; selectedId: string | null } | null>(null);

  useEffect(() => {
    if (!hasSize) return;
    const last = shown.current;
    if (last && last.layoutKey === layoutKey && last.selectedId === selectedId) return;
    shown.current = { layoutKey, selectedId };
    const firstView = last === null;
    const layoutChanged = last !== null && last.layoutKey !== layoutKey;
    if (!firstView && !layoutChanged && selectedId === null) return;

    const duration = firstView || prefersReducedMotion() ? 0 : 450;
    const node =
      !layoutChanged && selectedId !== null && selectedId !== rootId
        ? layout.nodes.find((n) => n.id === selectedId)
        : undefined;
    let frame = 0;
    // Two frames: opening the panel resizes the chart first, and React Flow measures on resize.
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (node) {
          const zoom = Math.max(getZoom(), 0.9);
          const cy = node.y + node.height / 2 + sheetCover() / 2 / zoom;
          void setCenter(node.x + node.width / 2, cy, { zoom, duration });
        } else {
          void fitBounds(layout.bounds, { padding: FIT_PADDING, duration });
        }
        if (firstView) onFirstView();
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [hasSize, layout, layoutKey, selectedId, rootId, setCenter, getZoom, fitBounds, onFirstView]);
  return null;
}
