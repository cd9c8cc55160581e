import { describe, expect, it } from 'vitest';
import { indexOrganization } from '../model/organization.ts';
import { office } from '../testing/factories.ts';
import { shanghaiCenter } from '../testing/factories.ts';
import { buildChart } from './chart.ts';
import { chartAspect, OUTLINE_WIDTH, prerenderedLayouts, variantFor } from './first-view.ts';
import { roundedPath } from './to-flow.ts';

describe('chartAspect', () => {
  it('is the main area less the open Outline, over its height, in steps of 0.1', () => {
    expect(chartAspect({ width: 1440, height: 700 }, false)).toBe(2.1);
    expect(chartAspect({ width: 1440, height: 700 }, true)).toBe(
      Math.round(((1440 - OUTLINE_WIDTH) / 700) * 10) / 10,
    );
    expect(chartAspect({ width: 390, height: 0 }, false)).toBeUndefined();
  });
});

describe('prerenderedLayouts', () => {
  const center = shanghaiCenter();
  const index = indexOrganization(center);
  const chartFor = (aspect: number) => buildChart(center, index, { mode: 'compact', aspect });
  const layouts = prerenderedLayouts(center.root.id, chartFor, 1.6);

  it('holds, for every aspect the app can ask for, exactly the layout the app computes', () => {
    for (const aspect of [0.1, 0.4, 0.7, 1, 1.3, 1.6, 2.1, 3, 5.5, 8]) {
      const variant = layouts.variants[variantFor(layouts.byAspect, aspect)]!;
      const { layout } = chartFor(aspect);
      expect(variant.bounds).toEqual(layout.bounds);
      expect(variant.cards).toEqual(layout.nodes.map((n) => [n.id, n.x, n.y, n.width, n.height]));
      expect(variant.edges).toEqual(layout.edges.map((e) => [e.id, roundedPath(e.points)]));
    }
  });

  it('keeps each distinct arrangement once and names the one the page is rendered in', () => {
    const keys = layouts.variants.map((v) => JSON.stringify(v));
    expect(new Set(keys).size).toBe(keys.length);
    expect(layouts.variants.length).toBeGreaterThan(1);
    expect(layouts.rendered).toBe(variantFor(layouts.byAspect, 1.6));
  });

  it('clamps aspects beyond the table to its ends', () => {
    expect(variantFor(layouts.byAspect, 40)).toBe(layouts.byAspect.at(-1));
    expect(variantFor(layouts.byAspect, 0)).toBe(layouts.byAspect[1]);
  });

  it('works for a single unit', () => {
    const alone = { ...center, root: office('solo', 'Solo', [], 1) };
    const one = prerenderedLayouts(
      'solo',
      (aspect) => buildChart(alone, indexOrganization(alone), { mode: 'compact', aspect }),
      1,
    );
    expect(one.variants).toHaveLength(1);
    expect(one.variants[0]!.edges).toEqual([]);
  });
});
