/** The chart of hostile but valid organisations: laid out at any depth, paged when wide. */
import { describe, expect, it } from 'vitest';
import { deepOrganization, wideOrganization } from '../testing/factories.ts';
import { indexOrganization } from '../model/organization.ts';
import { CHILDREN_PAGE, moreCardId } from '../model/tree.ts';
import { parseQuery, matchOrganization } from '../search/match.ts';
import { buildChart } from './chart.ts';
import { LAYOUT_MODES } from './layout-tree.ts';
import { pagingOf, shownPaging } from './shown-pages.ts';

describe('a chart 10,000 levels deep', () => {
  const org = deepOrganization(10_000);
  const index = indexOrganization(org);
  it.each(LAYOUT_MODES)('lays out every level in the %s layout', (mode) => {
    const chart = buildChart(org, index, { mode });
    expect(chart.nodes).toHaveLength(10_001);
    expect(chart.edges).toHaveLength(10_000);
    const ys = chart.layout.nodes.map((n) => (mode === 'left-right' ? n.x : n.y));
    // Each level below the one above it.
    expect(ys.every((y, i) => i === 0 || y > ys[i - 1]!)).toBe(true);
  });
});

describe('a chart with 50,000 siblings', () => {
  const org = wideOrganization(50_000);
  const index = indexOrganization(org);
  const none = { active: false, matchedOfficeIds: [] };

  it('draws the first page and a "show more" card after it', () => {
    const chart = buildChart(org, index, { mode: 'compact' });
    expect(chart.nodes).toHaveLength(1 + CHILDREN_PAGE + 1);
    const more = chart.nodes.find((n) => n.id === moreCardId(org.root.id))!;
    expect(more).toMatchObject({ type: 'more', data: { shown: CHILDREN_PAGE, total: 50_000 } });
  });

  it('pins the selected unit and few matches beyond the page, not many', () => {
    const selected = pagingOf(shownPaging(index, {}, 'unit-40000', none));
    expect([...selected.pinned]).toEqual(['unit-40000']);
    const onPage = shownPaging(index, {}, 'unit-3', none);
    expect(pagingOf(onPage).pinned.size).toBe(0);

    const few = matchOrganization(org, parseQuery('Duty'), []);
    expect(few.matchedOfficeIds.length).toBe(50_000);
    // 50,000 matches are not revealed (the counts say where they are): no cards added.
    expect(pagingOf(shownPaging(index, {}, null, few)).pinned.size).toBe(0);

    const asked = pagingOf(shownPaging(index, { [org.root.id]: 400 }, null, none));
    expect(asked.shownOf(org.root.id)).toBe(400);
    const chart = buildChart(org, index, { mode: 'top-down', paging: asked });
    expect(chart.nodes).toHaveLength(1 + 400 + 1);
  });
});
