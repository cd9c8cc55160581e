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
  const row = (open: (number | null)[], errors: string[] = []) => ({
    units: 10_000,
    fileBytes: 4.5 * 1024 * 1024,
    openToChart: summarize(open),
    readToChartReady: summarize([280]),
    longestTask: summarize([60]),
    layout: summarize([5]),
    firstKey: summarize([50]),
    laterKeys: summarize([20]),
    panFrameP95: summarize([17]),
    heapMB: summarize([80.4]),
    reloadToChart: summarize([900]),
    posterPages: null,
    domNodes: [140, 142],
    errors,
  });

  it('formats each size, with the most cards any run drew', () => {
    const { rows, headers } = scaleTable({ runs: 3, filterKey: 'risk', sizes: [row([300])] });
    expect(headers[5]).toBe("first key ('r')");
    expect(rows[0]).toEqual([
      '10,000',
      '4.5 MB',
      '300.0',
      '60.0',
      '5.0',
      '50.0',
      '20.0',
      '17.0',
      '80 MB',
      '900.0',
      '–',
      '142',
      '',
    ]);
  });

  it('says when runs succeeded but the app set no mark', () => {
    const { rows } = scaleTable({ runs: 1, filterKey: 'p', sizes: [row([null])] });
    expect(rows[0]?.[2]).toBe("– (no 'orgscope:file-chosen' mark)");
    const failed = scaleTable({ runs: 1, filterKey: 'p', sizes: [row([null], ['timeout'])] });
    expect(failed.rows[0]?.[2]).toBe('–');
    expect(failed.rows[0]?.[12]).toBe('1 failed: timeout');
  });

  it('leaves a place for the poster print’s page count', () => {
    const { rows } = scaleTable({
      runs: 1,
      filterKey: 'p',
      sizes: [{ ...row([1]), units: 1_000, posterPages: summarize([12]) }],
    });
    expect(rows[0]?.[10]).toBe('12');
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
