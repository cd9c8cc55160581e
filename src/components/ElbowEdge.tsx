import type { EdgeProps } from '@xyflow/react';
import { roundedPath, type ElbowFlowEdge } from '../layout/to-flow.ts';

/** Draws the org-chart elbow the layout routed, ignoring React Flow's handle positions. */
export function ElbowEdge({ data }: EdgeProps<ElbowFlowEdge>) {
  return (
    <path
      className="react-flow__edge-path org-edge"
      d={roundedPath(data?.points ?? [])}
      fill="none"
    />
  );
}
