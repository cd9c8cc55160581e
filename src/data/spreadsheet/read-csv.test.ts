import { describe, expect, it } from 'vitest';
import type { Office } from '../../model/organization.ts';
import { readCsvFile, sniffDelimiter, splitCsv } from './read-csv.ts';

const read = (text: string, fileName = 'units.csv') => readCsvFile(text, { fileName });

/** The tree as `name [id] (duty numbers)`, indented, to compare shapes at a glance. */
function outline(root: Office): string[] {
  const lines: string[] = [];
  const stack = [{ office: root, depth: 0 }];
  while (stack.length > 0) {
    const { office, depth } = stack.pop()!;
    const numbers = office.duties.map((d) => d.number).join(',');
    lines.push(
      `${'  '.repeat(depth)}${office.name} [${office.id}]${numbers ? ` (${numbers})` : ''}`,
    );
    for (let i = office.children.length - 1; i >= 0; i--) {
      stack.push({ office: office.children[i]!, depth: depth + 1 });
    }
  }
  return lines;
}

describe('splitting CSV', () => {
  it('sniffs comma, semicolon and tab from the header row, ignoring quoted ones', () => {
    expect(sniffDelimiter('id,parent,name\n1;2;3;4')).toBe(',');
    expect(sniffDelimiter('\uFEFF\n\nid;parent;"name, full"\n')).toBe(';');
    expect(sniffDelimiter('id\tparent\tname')).toBe('\t');
    expect(sniffDelimiter('name')).toBe(',');
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside one cell', () => {
    const { rows, problems } = splitCsv(
      'name;duty\r\n"Roads; and ""Bridges""";"Line one\r\nline two"\r\n',
    );
    expect(problems).toEqual([]);
    expect(rows.slice(0, 2)).toEqual([
      ['name', 'duty'],
      ['Roads; and "Bridges"', 'Line one\r\nline two'],
    ]);
  });

  it('reports a quote never closed, with its row', () => {
    const { problems } = splitCsv('name,duty\nRoads,ok\nParks,"never closed\nmore\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.row).toBe(3);
    expect(problems[0]!.message).toMatch(/never closed/);
  });
});

describe('reading a spreadsheet of units', () => {
  it('reads one row per unit, headers in any case or spelling', () => {
    const result = read(
      [
        'Unit ID,PARENT_ID,unit-name,Duty Text',
        'council,,City Council,Set policy',
        'roads,council,Roads Office,Repair roads',
        'parks,council,Parks Office,',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    const org = result.organization!;
    expect(org.name).toBe('City Council');
    expect(org.attribution.title).toBe('City Council');
    expect(outline(org.root)).toEqual([
      'City Council [council] (1)',
      '  Roads Office [roads] (1)',
      '  Parks Office [parks]',
    ]);
  });

  it('groups one row per duty, keeps given numbers and the ones skipped', () => {
    const result = read(
      [
        'id;parent id;name;duty number;duty',
        'c;;Center;;',
        'a;c;Office A;1;First',
        'a;;;3;Third',
        ';;;;Fourth, numbered on',
        'b;c;Office B;2;Second only',
      ].join('\r\n'),
    );
    expect(result.problems).toEqual([]);
    const [a, b] = result.organization!.root.children;
    expect(a!.duties).toEqual([
      { number: 1, text: 'First' },
      { number: 3, text: 'Third' },
      { number: 4, text: 'Fourth, numbered on' },
    ]);
    expect(a!.missingNumbers).toEqual([2]);
    expect(b!.missingNumbers).toEqual([1]);
  });

  it('mixes unit rows and duty rows, children before or after their parents', () => {
    const result = read(
      [
        'name,id,parent,duty',
        'Roads Division,roads,transport,Fill potholes',
        'Roads Division,roads,,Grit roads',
        'Department of Transport,transport,council,',
        'Council,council,,Decide',
        'Finance,finance,council,Pay',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(outline(result.organization!.root)).toEqual([
      'Council [council] (1)',
      '  Department of Transport [transport]',
      '    Roads Division [roads] (1,2)',
      '  Finance [finance] (1)',
    ]);
  });

  it('without an ID column, knows units by name and makes ids from them', () => {
    const result = read(
      [
        'Name,Reports to,Duty',
        'Example Agency,,Lead',
        'Roads Office,Example Agency,Plan roads',
        'Roads Office,,Repair roads',
        'Roads Team,Roads Office,Fill potholes',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(outline(result.organization!.root)).toEqual([
      'Example Agency [example-agency] (1)',
      '  Roads Office [roads-office] (1,2)',
      '    Roads Team [roads-team] (1)',
    ]);
  });

  it('puts several top units under a root named after the file', () => {
    const result = read('id,name\na,Alpha\nb,Beta\n', 'city_of_example.csv');
    expect(result.problems).toEqual([]);
    expect(result.organization!.name).toBe('city of example');
    expect(outline(result.organization!.root)).toEqual([
      'city of example [city-of-example]',
      '  Alpha [a]',
      '  Beta [b]',
    ]);
  });

  it('skips blank rows but counts them, as a spreadsheet numbers its rows', () => {
    const result = read('\n\nid,parent,name\n\na,,A\n , \n,,\nb,zz,B\n');
    expect(result.organization).toBeNull();
    expect(result.problems).toEqual([
      {
        where: 'row 8, parent',
        message: `parentId "zz" matches no unit's id (in unit "B", id "b").`,
      },
    ]);
  });

  it('defuses nothing it reads back: the export apostrophe before a formula comes off', () => {
    const result = read("id,name,duty\nx,'=Office,'-2 per cent\n");
    const root = result.organization!.root;
    expect(root.name).toBe('=Office');
    expect(root.duties[0]!.text).toBe('-2 per cent');
    expect(read("id,name\nx,'Quoted'\n").organization!.root.name).toBe("'Quoted'");
    expect(read("id,name\nx,''=x\n").organization!.root.name).toBe("'=x");
  });

  it('reads the export columns, ignoring its functions column without a warning', () => {
    const result = read(
      'office_id,office_name,duty_number,duty_text,functions,parent_id\r\nc,Center,1,Lead,Risk,\r\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.organization!.root.duties).toEqual([{ number: 1, text: 'Lead' }]);
  });

  it('opens with a warning naming columns it does not read', () => {
    const result = read('id,name,Phone,E-mail\na,A,123,a@example.org\n');
    expect(result.organization).not.toBeNull();
    expect(result.problems).toEqual([
      {
        where: 'row 1',
        message:
          'Columns "Phone" (C), "E-mail" (D) are not read: Orgscope reads ID, Parent ID, Name, Duty number and Duty.',
      },
    ]);
  });
});

describe('problems, each with its row and column', () => {
  const problems = (text: string) => {
    const result = read(text);
    expect(result.organization).toBeNull();
    return result.problems.map((p) => `${p.where}: ${p.message}`);
  };

  it('names the header it needs when there is no name column', () => {
    expect(problems('id,parent\n1,\n')).toEqual([
      expect.stringMatching(/^row 1: No column gives the units' names\. .*found "id", "parent"\.$/),
    ]);
    expect(problems('   \n\n')).toEqual(['file: The file has no rows.']);
    expect(problems('name,duty\n')).toEqual([
      'row 2: The file has a header row but no units below it.',
    ]);
  });

  it('reports clashing columns', () => {
    expect(problems('Name,Unit name\nA,B\n')).toEqual([
      'row 1, Unit name: Columns A (Name) and B (Unit name) both give the name; keep one.',
    ]);
  });

  it('reports unknown parents, duplicate ids and cycles in the JSON reader’s words', () => {
    expect(
      problems(
        ['ID,Parent ID,Name', 'top,,Top', 'a,b,A', 'b,a,B', 'x,99,X', 'top,,Again'].join('\n'),
      ),
    ).toEqual([
      // In row order, whichever check found them.
      'row 3, Parent ID: parentIds form a cycle, so these units never reach the root: a → b → a.',
      `row 5, Parent ID: parentId "99" matches no unit's id (in unit "X", id "x").`,
      'row 6, ID: Id "top" is already used by row 2; ids must be unique.',
    ]);
    expect(problems('ID,Parent ID,Name\na,a,A\n')).toEqual([
      'row 1, Parent ID: No unit is a root: leave Parent ID empty on the top unit.',
      'row 2, Parent ID: Unit "a" is its own parent.',
    ]);
  });

  it('reports bad cells: empty names, ids with spaces, numbers, duty text', () => {
    expect(
      problems(
        [
          'id,name,number,duty',
          'a,,1,x',
          'b c,B,,',
          'd,D,two,x',
          'e,E,2,x',
          'e,,1,y',
          'f,F,5,',
          'g,G,10000,x',
        ].join('\n'),
      ),
    ).toEqual([
      'row 2, name: Name is empty (in unit with id "a").',
      'row 3, id: Id "b c" must be one word, without spaces.',
      'row 4, number: Duty number "two" is not a whole number such as 1, 2 or 3.',
      'row 6, number: Duty 2 of unit "E" is numbered 1, after 2: numbers must increase within a unit.',
      'row 7, duty: Duty 5 of unit "F" has no text; give its text, or leave its number out.',
      'row 8, number: Duty 1 of unit "G" would be numbered 10,000; duty numbers go from 1 to 9,999.',
    ]);
  });

  it('reports one unit given two names or two parents', () => {
    expect(problems('id,parent,name\nt,,T\na,t,A\na,,B\na,z,\n')).toEqual([
      'row 4, name: Unit "a" is named "A" in row 3; give each unit one name, or a new id.',
      'row 5, parent: Unit "a" has parent "t" in row 3; give each unit one parent.',
    ]);
  });

  it('without ids, a name listed twice apart is a problem', () => {
    expect(problems('name,parent\nTop,\nA,Top\nB,Top\nA,Top\n')).toEqual([
      'row 5, name: Unit "A" is already listed in row 3: without an ID column, units are known by their names, so names must be unique (or add an ID column).',
    ]);
  });

  it('refuses a file with a broken quote whatever else it holds', () => {
    expect(problems('id,name\na,"A\n')[0]).toMatch(/^row 2: A quoted cell is never closed/);
  });
});
