/** docs/data-format.md's spreadsheet section and the template it describes say what the reader does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOrganizationFile } from '../read-organization-file.ts';
import { readCsvFile } from './read-csv.ts';

const doc = readFileSync(new URL('../../../docs/data-format.md', import.meta.url), 'utf8');
const templateBytes = readFileSync(
  new URL('../../../public/organization-template.csv', import.meta.url),
);
const template = new TextDecoder('utf-8', { ignoreBOM: true }).decode(templateBytes);
const example = /```csv\n([\s\S]*?)```/.exec(doc)![1]!;
/** The doc's quoted messages, one line each. */
const quoted = doc.replace(/\n> ?/g, ' ');

/** The template with one line replaced, as a reader of the docs would change it. */
const changed = (row: number, line: string) => {
  const lines = template.split('\r\n');
  lines[row - 1] = line;
  return lines.join('\r\n');
};
const problemsOf = (text: string) => {
  const result = readCsvFile(text, { fileName: 'organization-template.csv' });
  expect(result.organization).toBeNull();
  return result.problems.map((p) => `\`${p.where}\`: ${p.message}`);
};

describe('the spreadsheet template', () => {
  it('is the example in the docs, saved as Excel saves CSV: BOM and CRLF', () => {
    expect(template.startsWith('\uFEFF')).toBe(true);
    expect(template.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).toBe(example);
  });

  it('opens without problems as the organisation the docs describe', async () => {
    const result = await readOrganizationFile('organization-template.csv', templateBytes);
    expect(result.format).toBe('csv');
    expect(result.problems).toEqual([]);
    const root = result.organization!.root;
    expect(root.name).toBe('City of Example Council');
    const transport = root.children[0]!;
    expect(transport.children.map((o) => o.name)).toEqual(['Roads Division', 'Parking Section']);
    const roads = transport.children[0]!;
    expect(roads.duties.map((d) => d.number)).toEqual([1, 3]);
    expect(roads.missingNumbers).toEqual([2]);
    expect(roads.duties[1]!.text).toBe('Clear snow and ice, day and night.');
    expect(root.children.map((o) => o.id)).toEqual(['transport', 'finance', 'press']);
    expect(root.children[2]!.duties).toEqual([]);
  });

  it('gives the problems the docs quote, for the changes they describe', () => {
    const messages = [
      ...problemsOf(changed(7, 'parking,99,Parking Section,,Enforce parking rules.')),
      ...problemsOf(changed(10, 'roads,council,Press Office,,')),
      ...problemsOf(changed(6, 'roads,,,1,"Clear snow and ice, day and night."')),
      ...problemsOf(changed(7, 'parking,transport,"Parking Section,,Enforce parking rules.')),
    ];
    expect(messages.slice(0, 3)).toEqual([
      '`row 7, Parent ID`: parentId "99" matches no unit\'s id (in unit "Parking Section", id "parking").',
      '`row 10, ID`: Id "roads" is already used by row 5; ids must be unique.',
      '`row 6, Duty number`: Duty 2 of unit "Roads Division" is numbered 1, after 1: numbers must increase within a unit.',
    ]);
    for (const message of messages) expect(quoted).toContain(message.slice(0, 80));
    const noName = problemsOf('ID,Parent ID\r\na,\r\n')[0]!;
    expect(quoted).toContain(noName.slice(0, 120));
  });
});
