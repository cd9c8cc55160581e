import { useStoreApi } from '@xyflow/react';
import { useState } from 'react';
import type { Viewport } from '../layout/fit.ts';

/**
 * Puts React Flow's view where the prerendered page shows it before the chart first renders:
 * React Flow itself starts every chart at (0, 0, 1) and moves the view in an effect, which would
 * make hydrating the prerendered chart see another view than the page shows. Rendered inside the
 * chart's ReactFlowProvider, before the chart.
 */
export function InitialView({ viewport }: { viewport: Viewport | undefined }) {
  const store = useStoreApi();
  useState(() => {
    if (viewport) store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    return null;
  });
  return null;
}
