import { describe, expect, it } from 'vitest';
import { buildChart } from './chart.ts';
import { drawOrder, firstCards } from './draw-batches.ts';
import { indexOrganization } from '../model/organization.ts';
import { shanghaiCenter } from '../testing/factories.ts';

describe('drawing a new chart in batches', () => {
  const center = shanghaiCenter();
  const chart = buildChart(center, indexOrganization(center), { mode: 'top-down' });

  it('orders the cards level by level from the root, keeping the layout order in each level', () => {
    expect(drawOrder([{ depth: 1 }, { depth: 0 }, { depth: 2 }, { depth: 1 }])).toEqual([
      1, 0, 3, 2,
    ]);
    const order = drawOrder(chart.layout.nodes);
    expect(order).toHaveLength(chart.nodes.length);
    expect(new Set(order).size).toBe(order.length);
    expect(chart.nodes[order[0]!]!.id).toBe(center.root.id);
  });

  it('shows the first cards and only the edges into them, then the whole chart', () => {
    const order = drawOrder(chart.layout.nodes);
    const part = firstCards(chart, order, 5);
    expect(part.nodes.map((n) => n.id)).toEqual(order.slice(0, 5).map((i) => chart.nodes[i]!.id));
    const ids = new Set(part.nodes.map((n) => n.id));
    expect(part.edges).toHaveLength(4);
    for (const edge of part.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    expect(firstCards(chart, order, chart.nodes.length)).toBe(chart);
    expect(firstCards(chart, order, chart.nodes.length + 10)).toBe(chart);
  });
});
