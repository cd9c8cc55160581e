import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/layout/chart.ts';
import { legibleZoom } from '../../src/layout/fit.ts';
import { prerenderedLayouts } from '../../src/layout/first-view.ts';
import { indexOrganization } from '../../src/model/organization.ts';
import { shanghaiCenter } from '../../src/testing/factories.ts';
import { noScriptFitCss } from './no-script-fit.ts';

describe('noScriptFitCss', () => {
  const center = shanghaiCenter();
  const index = indexOrganization(center);
  const layouts = prerenderedLayouts(
    center.root.id,
    (aspect) => buildChart(center, index, { mode: 'compact', aspect }),
    1.6,
  );
  const css = noScriptFitCss(layouts.variants[layouts.rendered]!, center.root.id);
  const rules = css
    .split('\n')
    .map((line) => /min-width:(\d+)px\) and \(min-height:(\d+)px\).* scale\(([\d.]+)\)/.exec(line))
    .filter((m) => m !== null);

  it('has a rule for every band, each only before the boot script has run', () => {
    expect(rules.length).toBe(12 * 8);
    expect(css.split('\n').filter((l) => l.startsWith('@container'))).toHaveLength(rules.length);
    for (const line of css.split('\n')) expect(line).toContain('html:not([data-booted])');
  });

  it('never opens smaller than legible, and larger regions never get a smaller view', () => {
    const zooms = rules.map(([, w, h, zoom]) => ({
      w: Number(w),
      h: Number(h),
      zoom: Number(zoom),
    }));
    for (const rule of zooms) expect(rule.zoom).toBeGreaterThanOrEqual(legibleZoom());
    for (const a of zooms) {
      for (const b of zooms) {
        if (b.w >= a.w && b.h >= a.h) expect(b.zoom).toBeGreaterThanOrEqual(a.zoom - 1e-9);
      }
    }
  });
});
