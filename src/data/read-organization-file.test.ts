import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from './input-formats.ts';
import { MAX_UNITS } from './limits.ts';
import { FIRST_BYTES, firstBytesProblem, readOrganizationFile } from './read-organization-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const sourceBytes = readFileSync(new URL('./internal-organizations.txt', import.meta.url));

/** A small text in the source page's layout. */
function sourceText(offices: { name: string; duties: string }[]): string {
  const body = offices.map((o) => `${o.name}\n\n${o.duties}`).join('\n\n');
  return `Example site - Internal organizations of Example Agency\n\nInternal organizations of Example Agency\n\n${body}\n`;
}

const json = JSON.stringify({ name: 'Example', children: [{ name: 'Roads Office' }] });

describe('docs/data-format.md', () => {
  const doc = readFileSync(new URL('../../docs/data-format.md', import.meta.url), 'utf8');
  const examples = [...doc.matchAll(/```(json|text)\n([\s\S]*?)```/g)].map((m) => ({
    format: m[1]!,
    body: m[2]!,
  }));

  it('has examples that load without problems', async () => {
    expect(examples.map((e) => e.format)).toEqual(['json', 'json', 'json', 'text']);
    for (const { format, body } of examples) {
      const result = await readOrganizationFile(
        `example.${format === 'json' ? 'json' : 'txt'}`,
        bytes(body),
      );
      expect(result.problems).toEqual([]);
      expect(result.organization?.name).toBe('City of Example');
    }
  });

  it('describes the text example as it reads', async () => {
    const text = examples.find((e) => e.format === 'text')!.body;
    const finance = (await readOrganizationFile('example.txt', bytes(text))).organization!.root
      .children[1]!;
    expect(finance.duties.map((d) => d.number)).toEqual([1, 2, 4]);
    expect(finance.missingNumbers).toEqual([3]);
  });
});

describe('choosing the format', () => {
  it('reads the built-in source page as text', async () => {
    const result = await readOrganizationFile('internal-organizations.txt', sourceBytes);
    expect(result.problems).toEqual([]);
    expect(result.format).toBe('text');
    expect(result.organization?.root.children).toHaveLength(13);
  });

  it('goes by the extension, and by the first character when there is none it knows', async () => {
    expect((await readOrganizationFile('org.JSON', bytes(json))).format).toBe('json');
    expect((await readOrganizationFile('org.json', bytes(json))).organization?.name).toBe(
      'Example',
    );
    expect((await readOrganizationFile('export', bytes(`\n  ${json}`))).format).toBe('json');
    expect((await readOrganizationFile('org.data', sourceBytes)).format).toBe('text');
    // A .txt file is text even when it holds JSON: the name is the user's stated intent.
    expect(await readOrganizationFile('org.txt', bytes(json))).toMatchObject({
      organization: null,
      format: 'text',
      problems: [{ where: 'line 1', message: expect.stringContaining('No numbered duties') }],
    });
  });

  it('accepts UTF-8 with a byte-order mark', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(json)]);
    expect((await readOrganizationFile('org', withBom)).problems).toEqual([]);
  });
});

describe('problems', () => {
  it('refuses a file over the size limit, saying its size and the limit', async () => {
    expect(await readOrganizationFile('big.json', new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({
      organization: null,
      format: null,
      problems: [
        {
          where: 'file',
          message:
            'The file is 100 MB (104,857,601 bytes); the limit is 100 MB (104,857,600 bytes).',
        },
      ],
    });
  });

  it('refuses an empty file', async () => {
    expect((await readOrganizationFile('org.json', bytes(' \n'))).problems).toEqual([
      { where: 'file', message: 'The file is empty.' },
    ]);
  });

  it('reports bytes that are not UTF-8, with their line', async () => {
    const latin1 = new Uint8Array([...bytes('{"name": "Caf'), 0xe9, ...bytes('"}')]);
    expect(
      await readOrganizationFile('org.json', new Uint8Array([...bytes('{\n'), ...latin1])),
    ).toEqual({
      organization: null,
      format: null,
      problems: [
        {
          where: 'line 2',
          message:
            'The file is not UTF-8 text: byte 16 is not valid UTF-8. Save the file with UTF-8 (Unicode) encoding and open it again.',
        },
      ],
    });
    const cut = bytes('{"name": "€"}').slice(0, 11);
    expect((await readOrganizationFile('org.json', cut)).problems[0]!.message).toMatch(
      /^The file ends partway through a character/,
    );
  });

  it('names the usual wrong kinds of file', async () => {
    const problem = async (file: number[]) =>
      (await readOrganizationFile('org', new Uint8Array([...file, 0, 0, 0]))).problems[0]!.message;
    expect(await problem([0xff, 0xfe, 0x7b, 0x00])).toMatch(/saved as UTF-16/);
    expect(await problem([0x50, 0x4b, 0x03, 0x04])).toMatch(/Word or Excel document/);
    expect(await problem([0x25, 0x50, 0x44, 0x46])).toMatch(/This is a PDF/);
  });

  it('refuses from the first bytes what the whole file would refuse, and nothing else', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(zip.length).toBe(FIRST_BYTES);
    // A workbook is a zip: its reader decides, whatever the name (a renamed workbook is still one).
    expect(firstBytesProblem('water.xlsx', 5_000, zip)).toBeNull();
    expect(firstBytesProblem('water', 5_000, zip)).toBeNull();
    // A zip named as a text format is refused at once, as reading it whole would.
    expect(firstBytesProblem('org.json', 5_000, zip)?.message).toMatch(/compressed file/);
    expect((await readOrganizationFile('org.json', zip)).problems[0]!.message).toMatch(
      /compressed file/,
    );
    expect(
      firstBytesProblem('org.txt', 5_000, new Uint8Array([0x25, 0x50, 0x44, 0x46]))?.message,
    ).toMatch(/This is a PDF/);
    expect(firstBytesProblem('org.txt', 0, new Uint8Array())?.message).toBe('The file is empty.');
    expect(firstBytesProblem('org.csv', MAX_FILE_BYTES + 1, bytes('a,b'))?.message).toMatch(
      /the limit is 100 MB/,
    );
    expect(firstBytesProblem('org.csv', 10, bytes('ID,Name'))).toBeNull();
  });

  it('places JSON problems by line and column, or by path', async () => {
    expect(
      (await readOrganizationFile('org.json', bytes('{\n  "name": "X",,\n}'))).problems,
    ).toEqual([
      {
        where: 'line 2, column 15',
        message: expect.stringMatching(/^The file is not valid JSON \(line 2, column 15\)/),
      },
    ]);
    expect(
      (await readOrganizationFile('org.json', bytes('{"name": "X", "children": [{"name": ""}]}')))
        .problems,
    ).toEqual([{ where: 'children[0].name', message: 'Name is empty.' }]);
    expect((await readOrganizationFile('org.json', bytes('[]'))).problems[0]!.where).toBe('file');
  });

  it('loads text with warnings, placed by line', async () => {
    const text = sourceText([
      { name: 'Roads Office', duties: '1. Plan roads. 2. Build roads.' },
      { name: 'Parks Office', duties: '1. Plant trees.' },
    ]).replace('1. Plant trees.', '1. Plant trees.\n\n2. Mow grass.');
    const result = await readOrganizationFile('org.txt', bytes(text));
    expect(result.organization?.root.children.map((o) => o.id)).toEqual([
      'roads-office',
      'parks-office',
    ]);
    expect(result.problems).toEqual([
      { where: 'line 13', message: expect.stringContaining('A second paragraph of duties') },
    ]);
  });

  it('holds text to the same limits as JSON', async () => {
    const long = 'Office '.repeat(80).trim();
    const result = await readOrganizationFile(
      'org.txt',
      bytes(sourceText([{ name: long, duties: '1. Work.' }])),
    );
    expect(result.organization).toBeNull();
    expect(result.problems).toEqual([
      {
        where: expect.stringMatching(/^unit "Office Office .*…" \(id office-office-.*\)\.name$/),
        message: 'Name is 559 characters long; the limit is 500.',
      },
    ]);
  });
});

describe('hostile text', () => {
  it('gives 1,500 offices with one name unique ids', async () => {
    const offices = Array.from({ length: 1_500 }, () => ({ name: 'Records', duties: '1. Keep.' }));
    const result = await readOrganizationFile('org.txt', bytes(sourceText(offices)));
    expect(result.problems).toEqual([]);
    const ids = result.organization!.root.children.map((o) => o.id);
    expect(ids).toHaveLength(1_500);
    expect(new Set(ids).size).toBe(1_500);
    expect(ids.slice(0, 3)).toEqual(['records', 'records-2', 'records-3']);
    expect(ids.at(-1)).toBe('records-1500');
  });

  // A generous timeout: the point is that it finishes, not how fast.
  it('refuses more offices than the unit limit, even when they share one name', async () => {
    const offices = Array.from({ length: MAX_UNITS + 1 }, () => ({
      name: 'Records',
      duties: '1. Keep.',
    }));
    expect(await readOrganizationFile('org.txt', bytes(sourceText(offices)))).toEqual({
      organization: null,
      format: 'text',
      problems: [
        {
          where: 'file',
          message: 'The organisation has more than 100,000 units; the limit is 100,000.',
        },
      ],
    });
  }, 60_000);

  it('reads a 200 KB paragraph of repeated number markers as one over-long duty', async () => {
    // Every " 2." after the first repeats its number, so all but the first are text.
    const duties = ' 2. y'.repeat(40_000);
    expect(
      await readOrganizationFile('org.txt', bytes(sourceText([{ name: 'Roads', duties }]))),
    ).toEqual({
      organization: null,
      format: 'text',
      problems: [
        {
          where: 'unit "Roads" (id roads).duties[0].text',
          message: 'Duty 1 text is 199,996 characters long; the limit is 5,000.',
        },
      ],
    });
  });
});
