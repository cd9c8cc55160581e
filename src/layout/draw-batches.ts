/**
 * A new chart is drawn in batches, a task each, so that no task draws every card: the root's
 * level first, then each level below (the top of the chart, where the first view looks). This
 * module says which cards and edges the first `count` cards are; `use-draw-batches.ts` counts.
 */
import type { Chart } from './chart.ts';

/** Cards drawn per task while a new chart appears (about a millisecond each on a slow laptop). */
export const CARDS_PER_TASK = 40;

/** Positions in `nodes`, level by level from the root, each level in the layout's order. */
export function drawOrder(nodes: readonly { depth: number }[]): number[] {
  const byDepth: number[][] = [];
  nodes.forEach((node, i) => (byDepth[node.depth] ??= []).push(i));
  return byDepth.flatMap((level) => level ?? []);
}

/**
 * The part of the chart its first `count` cards in draw order make: those cards, and the edges
 * into them (an edge's parent card is a level above, so it is drawn already).
 */
export function firstCards(chart: Chart, order: readonly number[], count: number): Chart {
  if (count >= chart.nodes.length) return chart;
  const nodes = order.slice(0, count).map((i) => chart.nodes[i]!);
  const shown = new Set(nodes.map((node) => node.id));
  return {
    layout: chart.layout,
    nodes,
    edges: chart.edges.filter((edge) => shown.has(edge.target)),
  };
}
