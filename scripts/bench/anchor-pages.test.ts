import { describe, expect, it } from 'vitest';
import { CARD, d3OrgChartPage, staticCardsPage, unitRows, type Unit } from './anchor-pages.mjs';

const unit = (id: string, duties: number, children: Unit[] = []): Unit => ({
  id,
  name: `Unit ${id}`,
  duties: Array.from({ length: duties }, () => ({})),
  children,
});

const organisation = {
  name: 'Org',
  root: unit('root', 0, [unit('a', 1, [unit('a1', 3)]), unit('b', 2)]),
};

describe('unitRows', () => {
  it('lists every unit with its parent, root first, in source order', () => {
    expect(unitRows(organisation).map((r) => [r.id, r.parentId, r.count])).toEqual([
      ['root', '', '2 offices'],
      ['a', 'root', '1 duty'],
      ['a1', 'a', '3 duties'],
      ['b', 'root', '2 duties'],
    ]);
  });

  it('does not overflow the stack on a very deep organisation', () => {
    let deepest = unit('leaf', 1);
    for (let i = 0; i < 20_000; i++) deepest = unit(`u${i}`, 1, [deepest]);
    expect(unitRows({ name: 'Deep', root: deepest })).toHaveLength(20_001);
  });
});

describe('anchor pages', () => {
  const rows = unitRows({
    name: 'Org',
    root: { ...unit('root', 0, [unit('x', 1)]), name: 'A & <B>' },
  });

  it('give d3-org-chart the rows, escaped card text and its libraries in load order', () => {
    const files = d3OrgChartPage(rows);
    expect(files['data.js']).toContain('A &amp; &lt;B&gt;');
    const html = files['index.html'] ?? '';
    const order = ['d3.min.js', 'd3-flextree.min.js', 'd3-org-chart.min.js', 'data.js', 'chart.js'];
    const positions = order.map((file) =>
      html.indexOf(`src="${file.endsWith('.min.js') ? 'vendor/' : ''}${file}"`),
    );
    expect(positions.every((p, i) => p > (positions[i - 1] ?? -1))).toBe(true);
  });

  it('lay the static cards out without overlap and without script', () => {
    const many = unitRows({
      name: 'Org',
      root: unit(
        'root',
        0,
        Array.from({ length: 13 }, (_, i) => unit(`o${i}`, i)),
      ),
    });
    const html = staticCardsPage(many, { width: 1440 });
    expect(html).not.toContain('<script');
    const boxes = [...html.matchAll(/left:(\d+)px;top:(\d+)px/g)].map(([, x, y]) => [
      Number(x),
      Number(y),
    ]);
    expect(boxes).toHaveLength(14);
    for (const [i, [x = 0, y = 0]] of boxes.entries()) {
      for (const [ox = 0, oy = 0] of boxes.slice(i + 1)) {
        expect(Math.abs(x - ox) >= CARD.width || Math.abs(y - oy) >= CARD.height).toBe(true);
      }
    }
    for (const [x = 0] of boxes) expect(x + 240).toBeLessThanOrEqual(1440);
  });
});
