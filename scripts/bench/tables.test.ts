import { describe, expect, it } from 'vitest';
import { summarize } from './stats.mjs';
import {
  anchorsTable,
  firstViewTable,
  formatTable,
  ms,
  ratio,
  scaleTable,
  timingRow,
} from './tables.mjs';

describe('formatTable', () => {
  it('aligns columns, numbers to the right, and trims trailing spaces', () => {
    const text = formatTable({
      title: 'T',
      headers: ['name', 'ms', 'note'],
      rows: [
        ['a', '1.0', ''],
        ['longer', '12.5', 'x'],
      ],
      right: [1],
    });
    expect(text.split('\n')).toEqual([
      '',
      'T',
      'name      ms  note',
      '------  ----  ----',
      'a        1.0',
      'longer  12.5  x',
    ]);
  });
});

describe('timing rows', () => {
  it('show successful runs of all runs, the figures and the first failure', () => {
    expect(timingRow('load', summarize([10, null, 30], ['no chart']))).toEqual([
      'load',
      '2/3',
      '20.0',
      '10.0',
      '30.0',
      '1 failed: no chart',
    ]);
    expect(ms(null)).toBe('–');
  });
});

describe('scaleTable', () => {
  const row = (read: (number | null)[], errors: string[] = []) => ({
    units: 10_000,
    fileBytes: 1,
    readToChartReady: summarize(read),
    layout: summarize([5]),
    keystrokeToFiltered: summarize([50]),
    domNodes: [140, 142],
    errors,
  });

  it('formats each size, with the most cards any run drew', () => {
    const { rows } = scaleTable({ runs: 3, filterKey: 'p', sizes: [row([300])] });
    expect(rows[0]).toEqual(['10,000', '300.0', '5.0', '50.0', '142', '']);
  });

  it('says when runs succeeded but the app set no read mark', () => {
    const { rows } = scaleTable({ runs: 1, filterKey: 'p', sizes: [row([null])] });
    expect(rows[0]?.[1]).toBe("– (no 'orgscope:org-read' mark)");
    const failed = scaleTable({ runs: 1, filterKey: 'p', sizes: [row([null], ['timeout'])] });
    expect(failed.rows[0]?.[1]).toBe('–');
    expect(failed.rows[0]?.[5]).toBe('1 failed: timeout');
  });
});

describe('anchorsTable', () => {
  it('gives each target’s ready time as a ratio to the first target’s', () => {
    const target = (label: string, ready: number[]) => ({
      id: label,
      label,
      path: '/',
      selector: '.card',
      ready: summarize(ready),
      settled: summarize(ready),
    });
    const table = anchorsTable({
      runs: 1,
      cards: 14,
      targets: [target('app', [400]), target('d3', [100])],
    });
    expect(table.title).toContain('all 14 cards');
    expect(table.rows.map((r) => r[6])).toEqual(['1.00×', '0.25×']);
    // …and the first target's ratio to each, as goals such as "≤ 0.5× d3-org-chart" are stated.
    expect(table.rows.map((r) => r[7])).toEqual(['1.00×', '4.00×']);
    expect(ratio(null, 10)).toBe('–');
    expect(anchorsTable({ runs: 1, cards: 14, cpu: 4, targets: [] }).title).toContain(
      'CPU slowed 4×',
    );
  });
});

describe('firstViewTable', () => {
  it('prints layout shift to three places and the click timings (ms)', () => {
    const table = firstViewTable({
      runs: 3,
      rows: [
        {
          viewport: { width: 390, height: 844 },
          cpu: 4,
          cls: summarize([0.0012, 0, 0]),
          cardPainted: summarize([120, 130, 125]),
          clickToPanel: summarize([80, 90, 85]),
          panelShown: summarize([400, 410, 420]),
        },
      ],
    });
    expect(table.rows[0]).toEqual(['390×844', '4×', '0.000', '125.0', '85.0', '410.0']);
  });
});
