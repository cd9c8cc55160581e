import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShanghaiCenter } from '../data/shanghai.ts';
import type { Office, Organization } from '../model/organization.ts';
import { functionById } from '../search/functions.ts';
import { functionsOfOfficeDuty } from '../search/function-counts.ts';
import { EMPTY_QUERY, matchOrganization, parseQuery } from '../search/match.ts';
import {
  CSV_COLUMNS,
  csvField,
  dutyRows,
  neutraliseFormula,
  toCsv,
  toJson,
  toJsonExport,
  type DutyRow,
  type JsonExport,
  type JsonExportMeta,
} from './data.ts';

const sourceText = readFileSync(
  new URL('../data/internal-organizations.txt', import.meta.url),
  'utf8',
);
const org = loadShanghaiCenter(sourceText);

const meta = (overrides: Partial<JsonExportMeta> = {}): JsonExportMeta => ({
  exportedAt: '2026-11-27T09:30:00.000Z',
  filter: null,
  source: org.attribution,
  ...overrides,
});

function office(id: string, name: string, duties: string[], children: Office[] = []): Office {
  return {
    id,
    name,
    duties: duties.map((text, i) => ({ number: i + 1, text })),
    missingNumbers: [],
    children,
  };
}

/** Three levels deep, with duties at every level, to check order and parents. */
function deepOrg(): Organization {
  const root = office(
    'root',
    'Root',
    ['Leads everything'],
    [
      office(
        'a',
        'A',
        ['A one', 'A two'],
        [office('a1', 'A1', ['Audits loans']), office('a2', 'A2', [])],
      ),
      office('b', 'B', ['B one']),
    ],
  );
  return { name: 'Deep', root, attribution: { title: 'Deep source' } };
}

const row = (overrides: Partial<DutyRow> = {}): DutyRow => ({
  officeId: 'office',
  officeName: 'Office',
  parentId: 'root',
  dutyNumber: 1,
  dutyText: 'Does things',
  functions: [],
  ...overrides,
});

/** A strict RFC 4180 reader, so the tests check what a spreadsheet would actually read back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (ch === '"' || ch === '\r' || ch === '\n') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

const withoutBom = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return csv.slice(1);
};

describe('dutyRows', () => {
  it('lists all 102 duties unit by unit in source order when nothing is filtered', () => {
    const rows = dutyRows(org, null);
    expect(rows).toHaveLength(102);
    const expected = org.root.children.flatMap((o) =>
      o.duties.map((d) => [o.id, d.number] as const),
    );
    expect(rows.map((r) => [r.officeId, r.dutyNumber] as const)).toEqual(expected);
    for (const r of rows) expect(r.parentId).toBe(org.root.id);
    const first = rows[0]!;
    const firstOffice = org.root.children[0]!;
    expect(first).toEqual({
      officeId: firstOffice.id,
      officeName: firstOffice.name,
      parentId: org.root.id,
      dutyNumber: firstOffice.duties[0]!.number,
      dutyText: firstOffice.duties[0]!.text,
      functions: functionsOfOfficeDuty(firstOffice, 0),
    });
  });

  it('treats a match that filters nothing like no match', () => {
    expect(dutyRows(org, matchOrganization(org, EMPTY_QUERY, []))).toEqual(dutyRows(org, null));
  });

  it('keeps only the matching duties under a filter', () => {
    const match = matchOrganization(org, parseQuery('risk'), []);
    const rows = dutyRows(org, match);
    expect(rows).toHaveLength(match.matchedDuties);
    expect(rows.length).toBeGreaterThan(0);
    expect([...new Set(rows.map((r) => r.officeId))]).toEqual(match.matchedOfficeIds);
    for (const r of rows) expect(r.dutyText).toMatch(/\brisk/i);
  });

  it('lists every function a duty is in, not only the active ones', () => {
    const match = matchOrganization(org, EMPTY_QUERY, ['audit']);
    const rows = dutyRows(org, match);
    expect(rows).toHaveLength(match.matchedDuties);
    for (const r of rows) expect(r.functions).toContain('audit');
    expect(rows.some((r) => r.functions.length > 1)).toBe(true);
  });

  it('walks deep organisations depth first, root included, with each unit’s parent', () => {
    const rows = dutyRows(deepOrg(), null);
    expect(rows.map((r) => [r.officeId, r.parentId, r.dutyText])).toEqual([
      ['root', null, 'Leads everything'],
      ['a', 'root', 'A one'],
      ['a', 'root', 'A two'],
      ['a1', 'a', 'Audits loans'],
      ['b', 'root', 'B one'],
    ]);
    expect(rows[3]!.functions).toEqual(expect.arrayContaining(['audit', 'loans']));
  });
});

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1:A9)', '+1', '-1+2', '@cmd', '\tlead', '\rlead'])(
    'prefixes %j with an apostrophe',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves other text alone', () => {
    for (const cell of ['Responsible for =', 'risk', '', "'quoted", ' =x', '“quoted”']) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });
});

describe('csvField', () => {
  it('quotes only what needs quoting and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('')).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and the header, ends every record with CRLF', () => {
    const csv = toCsv(dutyRows(org, null));
    const body = withoutBom(csv);
    expect(body.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(CSV_COLUMNS.slice(0, 5)).toEqual([
      'office_id',
      'office_name',
      'duty_number',
      'duty_text',
      'functions',
    ]);
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const records = parseCsv(body);
    expect(records).toHaveLength(103);
    for (const record of records) expect(record).toHaveLength(CSV_COLUMNS.length);
  });

  it('reads back exactly what went in, functions as labels', () => {
    const rows = dutyRows(org, null);
    const records = parseCsv(withoutBom(toCsv(rows))).slice(1);
    records.forEach((record, i) => {
      const r = rows[i]!;
      expect(record).toEqual([
        r.officeId,
        r.officeName,
        String(r.dutyNumber),
        r.dutyText,
        r.functions.map((id) => functionById(id)!.label).join('; '),
        r.parentId ?? '',
      ]);
    });
    // A label with a comma inside a list of labels is why the list uses semicolons.
    expect(records.some((record) => record[4]!.includes('Audit, inspection & discipline'))).toBe(
      true,
    );
  });

  it('survives commas, quotes, line breaks and non-Latin text', () => {
    const hostile = row({
      officeName: 'Office, "Petition"',
      dutyText: 'Line one\r\nline two, with “curly” and "straight" quotes; 上海',
      functions: ['risk', 'audit', 'no-longer-known'],
      parentId: null,
    });
    const [, record] = parseCsv(withoutBom(toCsv([hostile])));
    expect(record).toEqual([
      'office',
      'Office, "Petition"',
      '1',
      hostile.dutyText,
      'Risk; Audit, inspection & discipline; no-longer-known',
      '',
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = ['=1+1', '+SUM(A1)', '-2', '@A1', '\tTab', '\rCR'].map((text, i) =>
      row({ officeId: `o${i}`, officeName: text, dutyText: text }),
    );
    const records = parseCsv(withoutBom(toCsv(rows))).slice(1);
    records.forEach((record, i) => {
      const text = rows[i]!.dutyText;
      expect(record[1]).toBe(`'${text}`);
      expect(record[3]).toBe(`'${text}`);
    });
    expect(parseCsv(withoutBom(toCsv([row({ dutyNumber: 7 })])))[1]![2]).toBe('7');
  });

  it('writes just the header for no rows', () => {
    expect(toCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('toJson', () => {
  const parse = (json: string) => JSON.parse(json) as JsonExport;
  const total = (data: JsonExport) => data.offices.reduce((sum, o) => sum + o.duties.length, 0);

  it('holds all 102 duties grouped by office, in order', () => {
    const json = toJson(org, dutyRows(org, null), meta());
    expect(json.endsWith('\n')).toBe(true);
    expect(json).toContain('\n  "organization"');
    const data = parse(json);
    expect(data.organization).toBe(org.name);
    expect(data.exportedAt).toBe('2026-11-27T09:30:00.000Z');
    expect(data.filter).toBeNull();
    expect(data.source).toEqual({
      title: org.attribution.title,
      url: org.attribution.url,
      note: org.attribution.note,
    });
    expect(data.dutyCount).toBe(102);
    expect(total(data)).toBe(102);
    expect(data.offices.map((o) => o.id)).toEqual(org.root.children.map((o) => o.id));
    const loans = data.offices.find((o) => o.id === 'loan-management-office')!;
    expect(loans.name).toBe('Loan Management Office');
    expect(loans.parentId).toBe(org.root.id);
    expect(loans.duties.map((d) => d.number)).toEqual(
      org.root.children.find((o) => o.id === loans.id)!.duties.map((d) => d.number),
    );
  });

  it('holds only the filtered duties and says which filter', () => {
    const match = matchOrganization(org, parseQuery('risk'), []);
    const data = parse(toJson(org, dutyRows(org, match), meta({ filter: 'Filter: “risk”' })));
    expect(data.filter).toBe('Filter: “risk”');
    expect(total(data)).toBe(match.matchedDuties);
    expect(data.dutyCount).toBe(match.matchedDuties);
    expect(data.offices.map((o) => o.id)).toEqual(match.matchedOfficeIds);
  });

  it('keeps function ids on duties and explains them in a legend', () => {
    const data = toJsonExport(org, dutyRows(org, null), meta());
    const used = new Set(data.offices.flatMap((o) => o.duties.flatMap((d) => d.functions)));
    expect(data.functions.map((f) => f.id).sort()).toEqual([...used].sort());
    for (const f of data.functions) expect(f.label).toBe(functionById(f.id)!.label);
  });

  it('leaves out source fields it was not given', () => {
    const data = toJsonExport(org, [], meta({ source: { title: 'Only a title' } }));
    expect(data.source).toEqual({ title: 'Only a title' });
    expect(data.offices).toEqual([]);
    expect(data.dutyCount).toBe(0);
  });
});
