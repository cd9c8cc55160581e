// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { office, shanghaiCenter } from '../testing/factories.ts';
import { buildChart } from '../layout/chart.ts';
import { indexOrganization, type Organization } from '../model/organization.ts';
import { matchOrganization, parseQuery } from '../search/match.ts';
import { planExport, type ExportPlan } from './geometry.ts';
import {
  BAND_INSET,
  LIGHT_PALETTE,
  PALETTE_CSS_VARIABLES,
  SVG_FONT_FAMILY,
  approximateMeasure,
  buildChartSvg,
  cardPicturesOf,
  describeFilters,
  escapeXml,
  exportBands,
  layoutCard,
  layoutFooter,
  layoutHeader,
  type ChartPicture,
} from './svg.ts';

const org = shanghaiCenter();
const measure = approximateMeasure;

const HOSTILE = '<script>alert(1)</script> & "Q" \'it\'\u0000\u0007\u001b\u009b';
const HOSTILE_CLEAN = '<script>alert(1)</script> & "Q" \'it\'';

function smallOrg(names: readonly string[]): Organization {
  const root = office(
    'root',
    'Test Centre',
    names.map((name, i) => office(`office-${i}`, name)),
    0,
  );
  return { name: 'Test Centre', root, attribution: { title: 'A test source' } };
}

interface Options {
  query?: string;
  selectedId?: string | null;
  lines?: string[];
  source?: string;
}

function pictureOf(organization: Organization, options: Options = {}): ChartPicture {
  const match = options.query
    ? matchOrganization(organization, parseQuery(options.query), [])
    : null;
  const chart = buildChart(organization, indexOrganization(organization), { mode: 'compact' });
  return {
    title: organization.name,
    lines: options.lines ?? ['27 November 2026'],
    source: options.source ?? `Source: ${organization.attribution.title}`,
    layout: chart.layout,
    cards: cardPicturesOf(organization, {
      match,
      selectedId: options.selectedId ?? null,
      theme: 'light',
      nodes: chart.nodes,
    }),
    palette: LIGHT_PALETTE,
  };
}

function planFor(picture: ChartPicture): ExportPlan {
  return planExport({
    bounds: picture.layout.bounds,
    pixelRatio: 2,
    ...exportBands(picture, measure),
  });
}

function render(picture: ChartPicture, plan = planFor(picture)) {
  const svg = buildChartSvg(picture, plan, measure);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { svg, doc, plan, root: doc.documentElement };
}

const byClass = (parent: ParentNode, name: string) => [
  ...parent.querySelectorAll(`[class="${name}"]`),
];

function cardElement(doc: Document, id: string): Element {
  const found = byClass(doc, 'card').find((g) => g.getAttribute('data-id') === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

/** The text a reader gets from a card's name: its lines as the SVG spells them. */
const nameText = (card: Element) => byClass(card, 'card-name')[0]?.textContent ?? '';

describe('describeFilters', () => {
  it('names the query and the functions, with semicolons between labels', () => {
    expect(describeFilters('risk', ['Risk', 'Audit, inspection & discipline'])).toBe(
      'Filter: “risk” · Functions: Risk; Audit, inspection & discipline',
    );
    expect(describeFilters('  loan   risk ', [])).toBe('Filter: “loan risk”');
    expect(describeFilters('', ['Risk'])).toBe('Function: Risk');
    expect(describeFilters('   ', [])).toBeNull();
  });
});

describe('buildChartSvg on the Shanghai chart', () => {
  const picture = pictureOf(org);
  const { svg, doc, plan, root } = render(picture);

  it('is a well-formed standalone SVG document of the planned size', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(plan.width));
    expect(root.getAttribute('height')).toBe(String(plan.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${plan.width} ${plan.height}`);
    expect(root.getAttribute('font-family')).toBe(SVG_FONT_FAMILY);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('is labelled with the organisation’s name', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe(org.name);
    expect(root.querySelector(':scope > title')?.textContent).toBe(org.name);
  });

  it('fills the whole picture with the background', () => {
    const background = byClass(doc, 'background')[0]!;
    expect(background.getAttribute('width')).toBe(String(plan.width));
    expect(background.getAttribute('height')).toBe(String(plan.height));
    expect(background.getAttribute('fill')).toBe(LIGHT_PALETTE.background);
  });

  it('draws all 13 edges before the cards', () => {
    const edges = byClass(doc, 'edge');
    expect(edges).toHaveLength(13);
    for (const edge of edges) expect(edge.getAttribute('d')).toMatch(/^M /);
    const group = byClass(doc, 'edges')[0]!;
    expect(group.getAttribute('stroke')).toBe(LIGHT_PALETTE.edge);
    expect(group.getAttribute('fill')).toBe('none');
    expect(group.getAttribute('stroke-width')).toBe('1.5');
    const cards = byClass(doc, 'cards')[0]!;
    expect(group.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('writes every one of the 14 names as text, one tspan per wrapped line', () => {
    const cards = byClass(doc, 'card');
    expect(cards).toHaveLength(14);
    for (const node of picture.layout.nodes) {
      const element = cardElement(doc, node.id);
      const pictured = picture.cards.get(node.id)!;
      const layout = layoutCard(pictured, node, measure);
      expect(layout.name.truncated).toBe(false);
      expect(nameText(element)).toBe(pictured.name);
      const tspans = byClass(element, 'card-name')[0]!.querySelectorAll('tspan');
      expect(tspans).toHaveLength(layout.name.lines.length);
      expect(element.querySelector('title')?.textContent).toBe(pictured.name);
    }
    const names = [org.root, ...org.root.children].map((o) => o.name);
    expect(names).toHaveLength(14);
    for (const name of names) expect(svg).toContain(escapeXml(name));
  });

  it('wraps every line of every card within its inner width', () => {
    for (const node of picture.layout.nodes) {
      const layout = layoutCard(picture.cards.get(node.id)!, node, measure);
      for (const line of layout.name.lines) {
        expect(measure(line.text, layout.name.font)).toBeLessThanOrEqual(layout.inner.width);
      }
      for (const item of layout.rows.flatMap((row) => row.items)) {
        expect(measure(item.text.text, item.font)).toBeLessThanOrEqual(layout.inner.width);
      }
    }
  });

  it('places every card inside the chart area once the viewport transform applies', () => {
    const chart = byClass(doc, 'chart')[0]!;
    const { x, y, zoom } = plan.viewport;
    expect(chart.getAttribute('transform')).toBe(`translate(${x} ${y}) scale(${zoom})`);
    const area = plan.chartArea;
    for (const node of picture.layout.nodes) {
      const left = node.x * zoom + x;
      const top = node.y * zoom + y;
      expect(left).toBeGreaterThanOrEqual(area.x - 1e-6);
      expect(top).toBeGreaterThanOrEqual(area.y - 1e-6);
      expect(left + node.width * zoom).toBeLessThanOrEqual(area.x + area.width + 1e-6);
      expect(top + node.height * zoom).toBeLessThanOrEqual(area.y + area.height + 1e-6);
      expect(cardElement(doc, node.id).getAttribute('transform')).toBe(
        `translate(${node.x} ${node.y})`,
      );
    }
  });

  it('puts the title and lines in the header and the source in the footer', () => {
    const header = byClass(doc, 'header')[0]!;
    const footer = byClass(doc, 'footer')[0]!;
    expect(header.getAttribute('transform')).toBe('translate(0 0)');
    expect(footer.getAttribute('transform')).toBe(`translate(0 ${plan.footerArea.y})`);
    const headerTexts = [...header.querySelectorAll('text')];
    expect(headerTexts[0]!.textContent).toBe(org.name);
    expect(headerTexts[0]!.getAttribute('font-weight')).toBe('700');
    expect(headerTexts.at(-1)!.textContent).toBe('27 November 2026');
    expect(headerTexts.at(-1)!.getAttribute('fill')).toBe(LIGHT_PALETTE.textMuted);
    for (const text of headerTexts) {
      expect(Number(text.getAttribute('y'))).toBeLessThan(plan.headerArea.height);
    }
    const footerText = [...footer.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(footerText).toBe(picture.source);
    for (const text of footer.querySelectorAll('text')) {
      expect(Number(text.getAttribute('y'))).toBeLessThan(plan.footerArea.height);
    }
  });

  it('roots the root card in its own colours with centred text', () => {
    const element = cardElement(doc, org.root.id);
    expect(element.querySelector('rect')?.getAttribute('fill')).toBe(LIGHT_PALETTE.rootBackground);
    const name = byClass(element, 'card-name')[0]!;
    expect(name.getAttribute('text-anchor')).toBe('middle');
    expect(name.getAttribute('fill')).toBe(LIGHT_PALETTE.rootText);
    expect(name.getAttribute('font-size')).toBe('17.6');
    expect(byClass(element, 'card-accent')).toHaveLength(0);
  });

  it('gives office cards a border, an accent bar and a profile bar', () => {
    const element = cardElement(doc, 'loan-management-office');
    const rect = element.querySelector('rect')!;
    expect(rect.getAttribute('rx')).toBe('9.5');
    expect(rect.getAttribute('stroke')).toBe(LIGHT_PALETTE.border);
    expect(rect.getAttribute('fill')).toBe(LIGHT_PALETTE.surface);
    expect(byClass(element, 'card-accent')[0]!.getAttribute('fill')).toBe(LIGHT_PALETTE.accent);
    const parts = byClass(element, 'profile-bar')[0]!.querySelectorAll('path');
    expect(parts.length).toBe(picture.cards.get('loan-management-office')!.profile.length);
    expect(byClass(element, 'card-meta')[0]!.textContent).toBe('11 duties');
    expect(element.getAttribute('data-dimmed')).toBeNull();
  });
});

describe('buildChartSvg under a filter and a selection', () => {
  const picture = pictureOf(org, { query: 'risk', selectedId: 'loan-management-office' });
  const { doc } = render(picture);
  const match = matchOrganization(org, parseQuery('risk'), []);

  it('outlines and tints the selected card', () => {
    const element = cardElement(doc, 'loan-management-office');
    const outline = byClass(element, 'card-outline')[0]!;
    expect(outline.getAttribute('stroke')).toBe(LIGHT_PALETTE.selected);
    expect(outline.getAttribute('stroke-width')).toBe('3');
    expect(outline.getAttribute('fill')).toBe('none');
    const surface = element.querySelectorAll('rect')[1]!;
    expect(surface.getAttribute('fill')).toBe(LIGHT_PALETTE.selectedSoft);
    expect(surface.getAttribute('stroke')).toBe(LIGHT_PALETTE.selected);
    expect(byClass(element, 'card-accent')[0]!.getAttribute('fill')).toBe(LIGHT_PALETTE.selected);
    expect(byClass(doc, 'card-outline')).toHaveLength(1);
  });

  it('dims units without matches and badges those with', () => {
    for (const id of match.offices.keys()) {
      if (id === org.root.id) continue;
      const element = cardElement(doc, id);
      const matched = match.offices.get(id)!.matched;
      if (matched === 0) {
        // Dimmed as the screen dims it: a sunken fill, a dashed border and muted text.
        expect(element.getAttribute('data-dimmed')).toBe('true');
        const body = byClass(element, 'card-body')[0]!;
        expect(body.getAttribute('fill')).toBe(LIGHT_PALETTE.surfaceSunken);
        expect(body.getAttribute('stroke-dasharray')).not.toBeNull();
        expect(byClass(element, 'card-name')[0]!.getAttribute('fill')).toBe(
          LIGHT_PALETTE.textMuted,
        );
        expect(byClass(element, 'match-badge')).toHaveLength(0);
      } else {
        expect(element.getAttribute('data-dimmed')).toBeNull();
        const badge = byClass(element, 'match-badge')[0]!;
        expect(badge.textContent).toBe(`${matched} match`);
        expect(badge.querySelector('rect')?.getAttribute('fill')).toBe(
          LIGHT_PALETTE.badgeBackground,
        );
      }
    }
    const rootBadge = byClass(cardElement(doc, org.root.id), 'match-badge')[0]!;
    expect(rootBadge.textContent).toBe(`${match.matchedDuties} match`);
    expect(rootBadge.querySelector('rect')?.getAttribute('fill')).toBe(LIGHT_PALETTE.rootText);
  });
});

describe('buildChartSvg with hostile text', () => {
  const hostileOrg = smallOrg([HOSTILE, 'Plain & simple', '']);
  const picture = {
    ...pictureOf(hostileOrg, { lines: [HOSTILE], source: HOSTILE }),
    title: HOSTILE,
  };
  const { svg, doc, root } = render(picture);

  it('stays well-formed, runs nothing and shows the text as written', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).not.toContain('<script');
    const controls = [...svg].filter((ch) => ch < ' ' && ch !== '\n' && ch !== '\t');
    expect(controls).toEqual([]);
    expect(nameText(cardElement(doc, 'office-0'))).toBe(HOSTILE_CLEAN);
    expect(nameText(cardElement(doc, 'office-1'))).toBe('Plain & simple');
    expect(root.getAttribute('aria-label')).toBe(HOSTILE_CLEAN);
    expect(root.querySelector(':scope > title')?.textContent).toBe(HOSTILE_CLEAN);
  });

  it('draws a card with an empty name without a name element', () => {
    const element = cardElement(doc, 'office-2');
    expect(byClass(element, 'card-name')).toHaveLength(0);
    expect(byClass(element, 'card-meta')[0]!.textContent).toBe('2 duties');
  });
});

describe('header and footer bands', () => {
  it('grow with the number of lines and fit their text', () => {
    const picture = pictureOf(org);
    const one = exportBands(picture, measure);
    const two = exportBands({ ...picture, lines: ['Filter: “risk”', 'Date'] }, measure);
    expect(two.header.height).toBeGreaterThan(one.header.height);
    const plan = planFor(picture);
    const header = layoutHeader(picture, plan.width, measure);
    expect(header.height).toBe(plan.headerArea.height);
  });

  it('wraps a long source to at most three lines within the picture’s margins', () => {
    const source = 'Source: a very long attribution sentence. '.repeat(20);
    const footer = layoutFooter({ source }, 600, measure);
    expect(footer.lines).toHaveLength(3);
    expect(footer.lines.at(-1)!.text.endsWith('…')).toBe(true);
    for (const line of footer.lines) {
      expect(line.x).toBe(BAND_INSET);
      expect(line.width).toBeLessThanOrEqual(600 - 2 * BAND_INSET);
    }
    expect(layoutFooter({ source: '' }, 600, measure).height).toBe(0);
  });

  it('draws no band the plan leaves no room for', () => {
    const picture = pictureOf(org);
    const plan = planExport({ bounds: picture.layout.bounds, pixelRatio: 1 });
    const { doc } = render(picture, plan);
    expect(byClass(doc, 'header')).toHaveLength(0);
    expect(byClass(doc, 'footer')).toHaveLength(0);
    expect(byClass(doc, 'card')).toHaveLength(14);
  });
});

describe('the palette', () => {
  it('maps every colour to a CSS custom property', () => {
    expect(Object.keys(PALETTE_CSS_VARIABLES).sort()).toEqual(Object.keys(LIGHT_PALETTE).sort());
    for (const variable of Object.values(PALETTE_CSS_VARIABLES)) expect(variable).toMatch(/^--/);
  });
});
