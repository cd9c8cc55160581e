import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useEffect, useMemo, type KeyboardEvent } from 'react';
import { buildChart } from '../layout/chart.ts';
import type { OfficeFlowNode } from '../layout/to-flow.ts';
import { neighbour, type Direction } from '../model/navigation.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { ElbowEdge } from './ElbowEdge.tsx';
import { OfficeNode } from './OfficeNode.tsx';
import { useElementSize } from './use-element-size.ts';

const nodeTypes = { office: OfficeNode };
const edgeTypes = { elbow: ElbowEdge };
const FIT_PADDING = 0.08;

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

/** Focuses a node's element once React Flow has rendered it. */
export function focusNode(id: string) {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
  });
}

const onNodeClickFor =
  (select: (id: string) => void): NodeMouseHandler<OfficeFlowNode> =>
  (_event, node) =>
    select(node.id);

/** The zoomable org chart. Selection lives in the store; React Flow's own selection is off. */
export function OrgChart() {
  const organization = useOrgStore((s) => s.organization);
  const layoutMode = useOrgStore((s) => s.layout);
  const select = useOrgStore((s) => s.select);
  const index = useOrgStore(selectIndex);
  const [containerRef, size] = useElementSize<HTMLDivElement>();
  // Rounded so that small resizes do not re-run the layout.
  const aspect =
    size && size.height > 0 ? Math.round((size.width / size.height) * 10) / 10 : undefined;
  const chart = useMemo(
    () => buildChart(organization, layoutMode, aspect),
    [organization, layoutMode, aspect],
  );
  const onNodeClick = useMemo(() => onNodeClickFor(select), [select]);

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
    <div className="org-chart" ref={containerRef} onKeyDown={onKeyDown}>
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
        fitView
        fitViewOptions={{ padding: FIT_PADDING }}
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
        <FitOnChange layoutKey={`${layoutMode}:${aspect ?? ''}:${organization.root.id}`} />
      </ReactFlow>
    </div>
  );
}

/** Re-fits the view when the layout changes shape, so the whole chart stays in view. */
function FitOnChange({ layoutKey }: { layoutKey: string }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    void fitView({ padding: FIT_PADDING, duration: 0 });
  }, [layoutKey, fitView]);
  return null;
}
