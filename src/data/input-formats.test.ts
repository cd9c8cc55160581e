import { describe, expect, it } from 'vitest';
import { acceptAttribute, formatLabels, INPUT_FORMATS, type InputFormat } from './input-formats.ts';
import { chooseInputFormat } from './read-organization-file.ts';

const json = '{"name": "Example", "children": [{"name": "Roads Office"}]}';
const text = `Example site\n\nInternal organizations of Example Agency\n\nRoads Office\n\n1. Plan roads.\n`;

/** A made-up format, to show that one row is all a new format needs here. */
const csv: InputFormat = {
  id: 'csv',
  label: 'CSV',
  extensions: ['csv'],
  mediaTypes: ['text/csv'],
  detect: (t) => /^id,parentId,name\b/.test(t),
  load: () => Promise.reject(new Error('not loaded in this test')),
};
const withCsv = [INPUT_FORMATS[0], csv, INPUT_FORMATS[1]];

describe('the input-format table', () => {
  it('gives the picker every extension, then every media type', () => {
    expect(acceptAttribute()).toBe('.json,.txt,application/json,text/plain');
    expect(acceptAttribute(withCsv)).toBe('.json,.csv,.txt,application/json,text/csv,text/plain');
  });

  it('names the formats the way the page speaks of them', () => {
    expect(formatLabels()).toBe('JSON or text');
    expect(formatLabels(withCsv)).toBe('JSON, CSV or text');
    expect(formatLabels([csv])).toBe('CSV');
  });

  it("chooses by the name's extension first, whatever the content looks like", () => {
    expect(chooseInputFormat('org.JSON', text, INPUT_FORMATS).id).toBe('json');
    expect(chooseInputFormat('org.txt', json, INPUT_FORMATS).id).toBe('text');
    expect(chooseInputFormat('units.csv', json, withCsv).id).toBe('csv');
  });

  it('otherwise asks each row in order, text last as the catch-all', () => {
    expect(chooseInputFormat('export', `\n  ${json}`, INPUT_FORMATS).id).toBe('json');
    expect(chooseInputFormat('export', '\uFEFF[1]', INPUT_FORMATS).id).toBe('json');
    expect(chooseInputFormat('org.data', text, INPUT_FORMATS).id).toBe('text');
    expect(chooseInputFormat('archive.tar.gz', '', INPUT_FORMATS).id).toBe('text');
    expect(chooseInputFormat('export', 'id,parentId,name\n1,,Top', withCsv).id).toBe('csv');
    expect(() => chooseInputFormat('x', 'y', [csv])).toThrow(/no catch-all row/);
  });

  it("loads each row's reader on demand, and it reads its own format", async () => {
    const [readJson, readText] = await Promise.all(INPUT_FORMATS.map((format) => format.load()));
    expect(readJson!(json).organization?.root.children.map((o) => o.id)).toEqual(['roads-office']);
    expect(readText!(text).organization?.root.children.map((o) => o.id)).toEqual(['roads-office']);
    expect(readJson!(text).organization).toBeNull();
  });
});
