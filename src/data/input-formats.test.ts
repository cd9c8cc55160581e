import { describe, expect, it } from 'vitest';
import {
  acceptAttribute,
  formatLabels,
  INPUT_FORMATS,
  type InputFormat,
  type TextInputFormat,
} from './input-formats.ts';
import { chooseBinaryFormat, chooseInputFormat } from './read-organization-file.ts';
import { FIELD_HEADERS } from './spreadsheet/columns.ts';

const json = '{"name": "Example", "children": [{"name": "Roads Office"}]}';
const text = `Example site\n\nInternal organizations of Example Agency\n\nRoads Office\n\n1. Plan roads.\n`;

const byId = (id: string) => INPUT_FORMATS.find((format) => format.id === id)!;
const JSON_ROW = byId('json');
const TEXT_ROW = byId('text');
const JSON_AND_TEXT = [JSON_ROW, TEXT_ROW];

/** A made-up format, to show that one row is all a new format needs here. */
const yaml: InputFormat = {
  id: 'yaml',
  label: 'YAML',
  extensions: ['yaml'],
  mediaTypes: ['application/yaml'],
  detect: (t) => /^name:/.test(t),
  load: () => Promise.reject(new Error('not loaded in this test')),
};
const withYaml = [JSON_ROW, yaml, TEXT_ROW];

describe('the input-format table', () => {
  it('gives the picker every extension, then every media type', () => {
    expect(acceptAttribute(JSON_AND_TEXT)).toBe('.json,.txt,application/json,text/plain');
    expect(acceptAttribute(withYaml)).toBe(
      '.json,.yaml,.txt,application/json,application/yaml,text/plain',
    );
    expect(acceptAttribute()).toBe(
      [
        '.json,.csv,.tsv,.tab,.xlsx,.txt,application/json,text/csv,text/tab-separated-values',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/plain',
      ].join(','),
    );
  });

  it('names the formats the way the page speaks of them', () => {
    expect(formatLabels(JSON_AND_TEXT)).toBe('JSON or text');
    expect(formatLabels(withYaml)).toBe('JSON, YAML or text');
    expect(formatLabels([yaml])).toBe('YAML');
    expect(formatLabels()).toBe('JSON, CSV, TSV, Excel (.xlsx) or text');
  });

  it("chooses by the name's extension first, whatever the content looks like", () => {
    expect(chooseInputFormat('org.JSON', text, INPUT_FORMATS).id).toBe('json');
    expect(chooseInputFormat('org.txt', json, INPUT_FORMATS).id).toBe('text');
    expect(chooseInputFormat('units.yaml', json, withYaml).id).toBe('yaml');
    expect(chooseInputFormat('units.CSV', json, INPUT_FORMATS).id).toBe('csv');
    expect(chooseInputFormat('units.tab', json, INPUT_FORMATS).id).toBe('tsv');
  });

  it('otherwise asks each row in order, text last as the catch-all', () => {
    expect(chooseInputFormat('export', `\n  ${json}`, INPUT_FORMATS).id).toBe('json');
    expect(chooseInputFormat('export', '\uFEFF[1]', INPUT_FORMATS).id).toBe('json');
    expect(chooseInputFormat('org.data', text, INPUT_FORMATS).id).toBe('text');
    expect(chooseInputFormat('archive.tar.gz', '', INPUT_FORMATS).id).toBe('text');
    expect(chooseInputFormat('export', 'name: x', withYaml).id).toBe('yaml');
    expect(chooseInputFormat('export', 'id,parentId,name\n1,,Top', INPUT_FORMATS).id).toBe('csv');
    expect(chooseInputFormat('export', '\uFEFFID;Parent ID;Unit name\r\n', INPUT_FORMATS).id).toBe(
      'csv',
    );
    expect(chooseInputFormat('export', '"Name"\t"Duty"\n', INPUT_FORMATS).id).toBe('tsv');
    // A comma in a text page's first line does not make it a spreadsheet.
    expect(chooseInputFormat('export', 'Name, the agency\n\n1. Plan.', INPUT_FORMATS).id).toBe(
      'text',
    );
    expect(() => chooseInputFormat('x', 'y', [yaml])).toThrow(/no catch-all row/);
  });

  it('recognises a header row by every header the spreadsheet reader knows, and no other', () => {
    const csv = byId('csv') as TextInputFormat;
    const { name, ...others } = FIELD_HEADERS;
    for (const nameKey of name) {
      for (const other of Object.values(others).flat()) {
        expect(csv.detect(`${nameKey},${other}\n`), `${nameKey},${other}`).toBe(true);
      }
      expect(csv.detect(`${nameKey},phone\n`), nameKey).toBe(false);
    }
    expect(csv.detect('"Unit Name";"Reports-To"\r\n')).toBe(true);
    expect(csv.detect('names,ids\n')).toBe(false);
  });

  it('reads a binary format by its name or by the bytes it starts with', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]);
    expect(chooseBinaryFormat('units.XLSX', new Uint8Array([1]), INPUT_FORMATS)?.id).toBe('xlsx');
    expect(chooseBinaryFormat('units', zip, INPUT_FORMATS)?.id).toBe('xlsx');
    expect(chooseBinaryFormat('units.bin', zip, INPUT_FORMATS)?.id).toBe('xlsx');
    // Another row's extension is the user's stated intent: that reader says what is wrong.
    expect(chooseBinaryFormat('units.json', zip, INPUT_FORMATS)).toBeNull();
    expect(chooseBinaryFormat('units.csv', new Uint8Array([0x6e]), INPUT_FORMATS)).toBeNull();
  });

  it("loads each row's reader on demand, and it reads its own format", async () => {
    const [readJson, readText] = await Promise.all(
      JSON_AND_TEXT.map((format) => (format as TextInputFormat).load()),
    );
    expect(readJson!(json).organization?.root.children.map((o) => o.id)).toEqual(['roads-office']);
    expect(readText!(text).organization?.root.children.map((o) => o.id)).toEqual(['roads-office']);
    expect(readJson!(text).organization).toBeNull();
  });
});
