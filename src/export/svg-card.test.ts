import { describe, expect, it } from 'vitest';
import { shanghaiCenter } from '../testing/factories.ts';
import { cardInner, CARD_METRICS, ROW_HEIGHT } from '../layout/card-metrics.ts';
import { buildChart, OFFICE_CARD, ROOT_CARD } from '../layout/chart.ts';
import { indexOrganization } from '../model/organization.ts';
import { matchOrganization, parseQuery } from '../search/match.ts';
import {
  cardPicturesOf,
  layoutCard,
  MAX_NAME_LINES,
  profileParts,
  type CardPicture,
} from './svg-card.ts';
import { approximateMeasure } from './svg-text.ts';

const org = shanghaiCenter();
const measure = approximateMeasure;
const { nodes } = buildChart(org, indexOrganization(org), { mode: 'compact' });

const card = (overrides: Partial<CardPicture> = {}): CardPicture => ({
  name: 'Loan Management Office',
  isRoot: false,
  selected: false,
  dimmed: false,
  rows: [[{ kind: 'counts', text: '11 duties' }]],
  nameLines: MAX_NAME_LINES,
  profile: [],
  ...overrides,
});

describe('profileParts', () => {
  it('shares the width by count, less the 2px gaps', () => {
    const parts = profileParts(
      [
        { colour: '#111111', count: 1 },
        { colour: '#222222', count: 3 },
      ],
      102,
    );
    expect(parts.map((p) => p.width)).toEqual([25, 75]);
    expect(parts.map((p) => p.x)).toEqual([0, 27]);
  });

  it('keeps every part at least 4px wide and the bar exactly as wide as asked', () => {
    const parts = profileParts(
      [
        { colour: '#111111', count: 1 },
        { colour: '#222222', count: 100 },
        { colour: '#333333', count: 0 },
      ],
      200,
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]!.width).toBe(4);
    const last = parts.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(200);
  });
});

describe('layoutCard', () => {
  const inside = (value: number, from: number, to: number) => {
    expect(value).toBeGreaterThanOrEqual(from - 1e-9);
    expect(value).toBeLessThanOrEqual(to + 1e-9);
  };

  const longName = 'Party Committee Office (Organization and Personnel Department)';
  const profile = [
    { colour: '#c05000', count: 2 },
    { colour: '#117733', count: 5 },
  ];
  const matched = [
    [
      { kind: 'counts', text: '11 duties' },
      { kind: 'match', text: '3 match' },
    ],
  ] as const;

  it('stacks name, profile bar and foot inside the padding of an office card', () => {
    const layout = layoutCard(
      card({ name: longName, rows: matched, profile }),
      OFFICE_CARD,
      measure,
    );
    const { inner, name } = layout;
    const bar = layout.profile!;
    const m = CARD_METRICS;
    expect(inner).toEqual({
      x: m.accentWidth + m.paddingX,
      y: m.borderWidth + m.paddingY,
      width: OFFICE_CARD.width - m.accentWidth - m.borderWidth - 2 * m.paddingX,
      height: OFFICE_CARD.height - 2 * (m.borderWidth + m.paddingY),
    });
    expect(name.lines).toHaveLength(3);
    expect(name.truncated).toBe(false);
    expect(name.top).toBeGreaterThanOrEqual(inner.y);
    expect(bar.y).toBeGreaterThanOrEqual(name.top + name.lines.length * name.lineHeight);
    const row = layout.rows[0]!;
    expect(row.top).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(row.top + row.height).toBeLessThanOrEqual(inner.y + inner.height + 1e-9);
    const [counts, badge] = row.items;
    expect(counts!.rect).toBeNull();
    expect(badge!.rect!.x).toBeGreaterThan(counts!.text.x + counts!.text.width);
    inside(badge!.rect!.x + badge!.rect!.width, inner.x, inner.x + inner.width);
    inside(badge!.rect!.y + badge!.rect!.height, 0, OFFICE_CARD.height);
    for (const part of bar.parts) inside(part.x + part.width, inner.x, inner.x + inner.width);
  });

  it('puts the name at the top, the foot at the bottom and the bar between, as flexbox does', () => {
    const { inner, name, rows, profile: bar } = layoutCard(card({ profile }), OFFICE_CARD, measure);
    expect(name.lines).toHaveLength(1);
    expect(name.top).toBe(inner.y);
    expect(rows[0]!.top + rows[0]!.height).toBeCloseTo(inner.y + inner.height);
    const above = bar!.y - (name.top + name.lineHeight);
    const below = rows[0]!.top - (bar!.y + bar!.height);
    expect(above).toBeCloseTo(below);
  });

  it('gives up a name line rather than overflow a card too short for three', () => {
    const layout = layoutCard(
      card({ name: longName, profile }),
      { width: OFFICE_CARD.width, height: 104 },
      measure,
    );
    expect(layout.name.lines).toHaveLength(2);
    expect(layout.name.truncated).toBe(true);
    const { inner, rows } = layout;
    expect(rows[0]!.top + rows[0]!.height).toBeLessThanOrEqual(inner.y + inner.height + 1e-9);
  });

  it('clamps a long name to the card’s line count and ellipsises it', () => {
    const layout = layoutCard(card({ name: 'Word '.repeat(60) }), OFFICE_CARD, measure);
    expect(layout.name.lines).toHaveLength(MAX_NAME_LINES);
    expect(layout.name.truncated).toBe(true);
    expect(layout.name.lines.at(-1)!.text.endsWith('…')).toBe(true);
    const two = layoutCard(card({ name: 'Word '.repeat(60), nameLines: 2 }), OFFICE_CARD, measure);
    expect(two.name.lines).toHaveLength(2);
  });

  it('puts what lies below on a second row, one row height and a gap under the first', () => {
    const layout = layoutCard(
      card({
        name: longName,
        profile,
        nameLines: 2,
        rows: [
          matched[0],
          [
            { kind: 'below', text: '+4 below' },
            { kind: 'hidden', text: '12 units hidden' },
          ],
        ],
      }),
      OFFICE_CARD,
      measure,
    );
    const [first, second] = layout.rows;
    expect(second!.top - first!.top).toBeCloseTo(ROW_HEIGHT + CARD_METRICS.gap);
    expect(second!.top + second!.height).toBeCloseTo(layout.inner.y + layout.inner.height);
    expect(layout.profile!.y + layout.profile!.height).toBeLessThanOrEqual(first!.top + 1e-9);
    expect(second!.items.map((i) => [i.kind, i.text.text])).toEqual([
      ['below', '+4 below'],
      ['hidden', '12 units hidden'],
    ]);
    expect(second!.items[0]!.rect!.x).toBe(layout.inner.x);
  });

  it('centres the root card’s name and foot', () => {
    const layout = layoutCard(
      card({
        isRoot: true,
        name: org.name,
        rows: [
          [
            { kind: 'counts', text: '13 offices · 102 duties' },
            { kind: 'match', text: '10 match' },
          ],
        ],
      }),
      ROOT_CARD,
      measure,
    );
    expect(layout.anchor).toBe('middle');
    for (const line of layout.name.lines) expect(line.x).toBeCloseTo(ROOT_CARD.width / 2);
    const [counts, badge] = layout.rows[0]!.items;
    const left = counts!.text.x;
    const right = ROOT_CARD.width - (badge!.rect!.x + badge!.rect!.width);
    expect(left).toBeCloseTo(right);
  });

  it('shrinks and ellipsises items that together are wider than the card', () => {
    const layout = layoutCard(
      card({
        rows: [
          [
            { kind: 'counts', text: 'a very long meta line '.repeat(5) },
            { kind: 'match', text: '99 match' },
          ],
        ],
      }),
      OFFICE_CARD,
      measure,
    );
    const [counts, badge] = layout.rows[0]!.items;
    expect(counts!.text.text.endsWith('…')).toBe(true);
    expect(counts!.text.x + counts!.text.width).toBeLessThanOrEqual(badge!.rect!.x);
    const inner = cardInner(false);
    expect(badge!.rect!.x + badge!.rect!.width).toBeLessThanOrEqual(inner.x + inner.width + 1e-6);
  });
});

describe('cardPicturesOf', () => {
  it('words each card as the chart does', () => {
    const cards = cardPicturesOf(org, { theme: 'light', nodes });
    expect(cards.size).toBe(14);
    const root = cards.get(org.root.id)!;
    expect(root).toMatchObject({
      isRoot: true,
      rows: [[{ kind: 'counts', text: '13 offices · 102 duties' }]],
      profile: [],
    });
    const loans = cards.get('loan-management-office')!;
    expect(loans).toMatchObject({
      isRoot: false,
      rows: [[{ kind: 'counts', text: '11 duties' }]],
      dimmed: false,
    });
    expect(loans.profile.length).toBeGreaterThan(0);
  });

  it('badges matches, dims units without any and marks the selection', () => {
    const match = matchOrganization(org, parseQuery('risk'), []);
    const cards = cardPicturesOf(org, {
      match,
      selectedId: 'loan-management-office',
      theme: 'dark',
      nodes,
    });
    const badges = (c: CardPicture) => c.rows.flat().filter((i) => i.kind === 'match');
    expect(badges(cards.get(org.root.id)!)).toEqual([
      { kind: 'match', text: `${match.matchedDuties} match` },
    ]);
    for (const [id, c] of cards) {
      if (id === org.root.id) continue;
      const matched = match.offices.get(id)!.matched;
      expect(c.dimmed).toBe(matched === 0);
      expect(badges(c)).toEqual(matched > 0 ? [{ kind: 'match', text: `${matched} match` }] : []);
      expect(c.selected).toBe(id === 'loan-management-office');
    }
  });

  it('draws only the cards it is given', () => {
    const some = nodes.slice(0, 3);
    expect([...cardPicturesOf(org, { theme: 'light', nodes: some }).keys()]).toEqual(
      some.map((n) => n.id),
    );
  });
});
