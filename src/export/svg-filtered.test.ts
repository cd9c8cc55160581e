// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { office } from '../testing/factories.ts';
import { cardContent, cardTexts } from '../layout/card-content.ts';
import { buildChart } from '../layout/chart.ts';
import { shownCollapsedIds } from '../layout/shown-collapsed.ts';
import { indexOrganization, type Organization } from '../model/organization.ts';
import { branchTotals } from '../model/tree.ts';
import { isOfficeNode } from '../layout/to-flow.ts';
import { matchOrganization, parseQuery } from '../search/match.ts';
import { planExport } from './geometry.ts';
import {
  approximateMeasure,
  buildChartSvg,
  cardPicturesOf,
  exportBands,
  LIGHT_PALETTE,
  type ChartPicture,
} from './svg.ts';

const measure = approximateMeasure;

function render(picture: ChartPicture) {
  const plan = planExport({
    bounds: picture.layout.bounds,
    pixelRatio: 1,
    ...exportBands(picture, measure),
  });
  return {
    doc: new DOMParser().parseFromString(buildChartSvg(picture, plan, measure), 'image/svg+xml'),
  };
}

const byClass = (parent: ParentNode, name: string) => [
  ...parent.querySelectorAll(`[class="${name}"]`),
];

describe('buildChartSvg for a filtered, partly collapsed organisation', () => {
  // Two collapsed branches; the filter matches a unit deep in the first, which opens it.
  const deep = office('a1a', 'Lighthouse Team', [], 1);
  deep.duties = [{ number: 1, text: 'Keep the lighthouse lit.' }];
  const organization: Organization = {
    name: 'Harbour Board',
    root: office(
      'root',
      'Harbour Board',
      [
        office('a', 'Coast Office', [
          office('a1', 'Beacons Section', [deep]),
          office('a2', 'Buoys'),
        ]),
        office('b', 'Docks Office', [office('b1', 'Cranes'), office('b2', 'Berths')]),
      ],
      0,
    ),
    attribution: { title: 'A test source' },
  };
  const index = indexOrganization(organization);
  const match = matchOrganization(organization, parseQuery('lighthouse'), []);
  const collapsed = new Set(shownCollapsedIds(index, ['a', 'b'], match));
  const chart = buildChart(organization, index, { mode: 'compact', collapsed });
  const picture: ChartPicture = {
    title: organization.name,
    lines: [],
    source: '',
    layout: chart.layout,
    cards: cardPicturesOf(organization, { match, theme: 'light', nodes: chart.nodes }),
    palette: LIGHT_PALETTE,
  };
  const { doc } = render(picture);

  /** The cards as `OfficeNode` words them on screen, from the same chart. */
  const branchMatches = branchTotals(index, (id) => match.offices.get(id)?.matched ?? 0);
  const screen = chart.nodes.filter(isOfficeNode).map((node) => {
    const content = cardContent(node.id, node.data, {
      selected: false,
      match,
      branchMatches,
      profile: [],
    });
    return { id: node.id, name: content.name, texts: cardTexts(content), dimmed: content.dimmed };
  });

  const pictured = byClass(doc, 'card').map((g) => ({
    id: g.getAttribute('data-id'),
    name: g.querySelector('title')?.textContent,
    texts: [...g.querySelectorAll('.card-foot > text, .card-foot > g > text')].map(
      (t) => t.textContent,
    ),
    dimmed: g.getAttribute('data-dimmed') === 'true',
  }));

  it('opens the branch that holds the match and keeps the other collapsed', () => {
    expect([...collapsed]).toEqual(['b']);
    expect(pictured.map((c) => c.id).sort()).toEqual(['a', 'a1', 'a1a', 'a2', 'b', 'root']);
  });

  it('has exactly the cards and badge texts the screen shows', () => {
    expect(pictured).toEqual(screen);
    const texts = Object.fromEntries(pictured.map((c) => [c.id, c.texts]));
    expect(texts).toMatchObject({
      root: ['7 offices · 13 duties', '1 match'],
      a: ['2 duties', '+1 below'],
      a1: ['2 duties', '+1 below'],
      a1a: ['1 duty', '1 match'],
      b: ['2 duties', '2 units hidden'],
    });
  });
});
