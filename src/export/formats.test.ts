import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportEntries, type ExportFormat } from './formats.ts';
import { fileNameFor } from './geometry.ts';

const DAY = new Date(2026, 11, 2, 9, 30);
const byId = (id: string) => EXPORT_FORMATS.find((f) => f.id === id)!;

describe('the export-format table', () => {
  it('holds each format once, with a runner behind every row', async () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(ids).toEqual(['png', 'svg', 'print', 'csv', 'json', 'functions-csv']);
    for (const format of EXPORT_FORMATS) expect(typeof (await format.load())).toBe('function');
  });

  it('names downloads from the row: content and extension', () => {
    expect(fileNameFor(byId('png'), 'Shanghai Center', DAY)).toBe(
      'shanghai-center-org-chart-2026-12-02.png',
    );
    expect(fileNameFor(byId('svg'), 'Shanghai Center', DAY)).toMatch(/-org-chart-2026-12-02\.svg$/);
    expect(fileNameFor(byId('csv'), 'Shanghai Center', DAY, 'filtered')).toBe(
      'shanghai-center-duties-filtered-2026-12-02.csv',
    );
    expect(fileNameFor(byId('json'), 'Shanghai Center', DAY)).toMatch(/-duties-2026-12-02\.json$/);
    expect(fileNameFor(byId('functions-csv'), 'Shanghai Center', DAY)).toBe(
      'shanghai-center-functions-table-2026-12-02.csv',
    );
    expect(() => fileNameFor(byId('print'), 'Shanghai Center', DAY)).toThrow(
      /does not make a file/,
    );
  });
});

describe('exportEntries', () => {
  it('lists every format, data formats as "all duties", with a line above each group', () => {
    const entries = exportEntries(EXPORT_FORMATS, false);
    expect(entries.map((e) => [e.label, e.startsGroup])).toEqual([
      ['PNG image', true],
      ['SVG image (vector)', false],
      ['Print or save as PDF…', true],
      ['CSV: all duties', true],
      ['JSON: all duties', false],
      ['Functions table (CSV)', true],
    ]);
    expect(entries.every((e) => !e.matchingOnly)).toBe(true);
  });

  it('adds "matching duties only" for each data format while a filter is on', () => {
    const entries = exportEntries(EXPORT_FORMATS, true);
    expect(entries.map((e) => e.key)).toEqual([
      'png',
      'svg',
      'print',
      'csv-all',
      'csv-matching',
      'json-all',
      'json-matching',
      'functions-csv',
    ]);
    // Each data item says what its file holds; only the full CSV makes a whole organisation.
    expect(entries.map((e) => e.hint)).toEqual([
      undefined,
      undefined,
      undefined,
      'Every unit and duty; opens again in Orgscope',
      'Only the matching duties, not every unit',
      'Every duty, by unit, with its functions',
      'Only the matching duties, by unit',
      'Each unit’s duties counted by function',
    ]);
    const matching = entries.find((e) => e.key === 'json-matching')!;
    expect([matching.label, matching.matchingOnly, matching.format.id]).toEqual([
      'JSON: matching duties only',
      true,
      'json',
    ]);
  });

  it('makes a new format one row: it appears in the menu with its own file name', () => {
    const xlsx: ExportFormat = {
      id: 'xlsx',
      label: 'Excel',
      noun: 'the Excel workbook',
      group: 'data',
      file: { content: 'duties', extension: 'xlsx' },
      load: async () => async () => ({ kind: 'downloaded', message: 'ok' }),
    };
    const entries = exportEntries([...EXPORT_FORMATS, xlsx], false);
    expect(entries.at(-1)?.label).toBe('Excel: all duties');
    expect(fileNameFor(xlsx, 'Org', DAY)).toBe('org-duties-2026-12-02.xlsx');
  });
});
