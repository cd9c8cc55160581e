import { describe, expect, it } from 'vitest';
import { indexOrganization } from '../../model/organization.ts';
import {
  MAX_DEPTH,
  MAX_DUTIES_PER_UNIT,
  MAX_DUTY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PROBLEMS,
  MAX_UNITS,
} from '../limits.ts';
import { parseOrganizationJson } from './read-json.ts';
import {
  deepNested,
  flatChain,
  organizationOf,
  problemsOf,
  read,
  roads,
} from './test-documents.ts';

describe('the nested format', () => {
  it('puts top-level children under a root named after the organisation', () => {
    const org = organizationOf({
      name: 'City of Example',
      source: { title: 'Example site', url: 'https://example.org/org', note: 'Translated' },
      children: [roads, { name: 'Parks Office', children: [{ name: 'Tree Team' }] }],
    });
    expect(org.name).toBe('City of Example');
    expect(org.attribution).toEqual({
      title: 'Example site',
      url: 'https://example.org/org',
      note: 'Translated',
    });
    expect(org.root).toMatchObject({ id: 'city-of-example', name: 'City of Example', duties: [] });
    expect(org.root.children.map((o) => o.id)).toEqual(['roads-office', 'parks-office']);
    expect(org.root.children[1]!.children[0]!.id).toBe('tree-team');
  });

  it('numbers duties from 1, continues after a given number and records the numbers skipped', () => {
    const office = organizationOf({ name: 'X', children: [roads] }).root.children[0]!;
    expect(office.duties).toEqual([
      { number: 1, text: 'Plan the road network.' },
      { number: 3, text: 'Maintain bridges.' },
      { number: 4, text: 'Clear snow.' },
    ]);
    expect(office.missingNumbers).toEqual([2]);
  });

  it('takes a given root, keeps given ids (numbers as text) and names the rest from their names', () => {
    const org = organizationOf({
      name: 'Example',
      root: {
        id: 'hq',
        name: 'Example Headquarters',
        children: [
          { id: 7, name: 'Roads Office' },
          { name: 'Roads Office' },
          { name: 'Roads Office' },
          { name: '财务处' },
        ],
      },
    });
    expect(org.name).toBe('Example');
    expect(org.root.name).toBe('Example Headquarters');
    expect(org.attribution.title).toBe('Example');
    expect(org.root.children.map((o) => o.id)).toEqual([
      '7',
      'roads-office',
      'roads-office-2',
      'unit-5',
    ]);
  });

  it('does not let a generated id take an id given later in the file', () => {
    const org = organizationOf({
      name: 'X',
      children: [{ name: 'Roads' }, { id: 'roads', name: 'Highways' }],
    });
    expect(org.root.children.map((o) => o.id)).toEqual(['roads-2', 'roads']);
  });

  it('keeps markup as plain text and collapses whitespace', () => {
    const name = '<img src=x onerror="alert(1)"> <b>Roads</b>';
    const org = organizationOf({
      name: 'X',
      children: [{ name: `  ${name}\n\t`, duties: ['<script>alert(1)</script>   twice'] }],
    });
    expect(org.root.children[0]!.name).toBe(name);
    expect(org.root.children[0]!.duties[0]!.text).toBe('<script>alert(1)</script> twice');
  });

  it('accepts an organisation that is a root alone', () => {
    const org = organizationOf({ name: 'Solo Agency', children: [] });
    expect(org.root).toMatchObject({ name: 'Solo Agency', children: [] });
  });

  it('produces a tree the model can index, with unique ids', () => {
    const org = organizationOf({
      name: 'X',
      children: [roads, roads, { name: 'Parks', children: [roads] }],
    });
    const index = indexOrganization(org);
    expect(index.order).toHaveLength(5);
    expect(new Set(index.order).size).toBe(5);
    expect(index.depthOf.get('roads-office-3')).toBe(2);
  });
});

describe('the flat format', () => {
  it('builds the tree from parentId, keeping file order among siblings whatever the order of units', () => {
    const org = organizationOf({
      name: 'Example',
      units: [
        { id: 'b', parentId: 'hq', name: 'B Office' },
        { id: 'b1', parentId: 'b', name: 'B One', duties: ['Do b1.'] },
        { id: 'hq', name: 'Headquarters', parentId: null },
        { id: 'a', parentId: 'hq', name: 'A Office' },
      ],
    });
    expect(org.root.id).toBe('hq');
    expect(org.root.children.map((o) => o.id)).toEqual(['b', 'a']);
    expect(org.root.children[0]!.children[0]!.duties).toEqual([{ number: 1, text: 'Do b1.' }]);
  });

  it('puts several roots under a root named after the organisation', () => {
    const org = organizationOf({
      name: 'Joint Board',
      units: [
        { id: 'x', name: 'X' },
        { id: 'y', name: 'Y' },
        { id: 'y1', parentId: 'y', name: 'Y1' },
      ],
    });
    expect(org.root.id).toBe('joint-board');
    expect(org.root.children.map((o) => o.id)).toEqual(['x', 'y']);
  });

  it('accepts numeric ids and parentIds', () => {
    const org = organizationOf({
      name: 'X',
      units: [
        { id: 1, name: 'Top' },
        { id: 2, parentId: 1, name: 'Below' },
      ],
    });
    expect(org.root.children[0]!.id).toBe('2');
  });
});

describe('problems in the data', () => {
  it('reports duplicate ids with both places', () => {
    expect(
      problemsOf({
        name: 'X',
        units: [
          { id: 'roads', name: 'Roads' },
          { id: 'roads', parentId: 'roads', name: 'Roads again' },
        ],
      }),
    ).toContainEqual({
      path: 'units[1].id',
      message: 'Id "roads" is already used by units[0]; ids must be unique.',
    });
    expect(
      problemsOf({ name: 'X', root: { id: 'a', name: 'A', children: [{ id: 'a', name: 'B' }] } }),
    ).toEqual([
      {
        path: 'root.children[0].id',
        message: 'Id "a" is already used by root; ids must be unique.',
      },
    ]);
  });

  it('reports a cycle of parentIds with the ids around it, from the first in the file', () => {
    const problems = problemsOf({
      name: 'X',
      units: [
        { id: 'top', name: 'Top' },
        { id: 'c', parentId: 'b', name: 'C' },
        { id: 'a', parentId: 'c', name: 'A' },
        { id: 'b', parentId: 'a', name: 'B' },
      ],
    });
    expect(problems).toEqual([
      {
        path: 'units[1].parentId',
        message: 'parentIds form a cycle, so these units never reach the root: c → b → a → c.',
      },
    ]);
  });

  it('reports a unit that is its own parent, and a file with no root', () => {
    expect(problemsOf({ name: 'X', units: [{ id: 'a', parentId: 'a', name: 'A' }] })).toEqual([
      { path: 'units[0].parentId', message: 'Unit "a" is its own parent.' },
      {
        path: 'units',
        message: 'No unit is a root: leave out parentId (or set it to null) on the top unit.',
      },
    ]);
  });

  it('finds a cycle of 20,000 units without recursion', () => {
    const units = Array.from({ length: 20_000 }, (_, i) => ({
      id: `u${i}`,
      parentId: `u${(i + 1) % 20_000}`,
      name: 'U',
    }));
    const problems = problemsOf({ name: 'X', units: [{ id: 'top', name: 'Top' }, ...units] });
    expect(problems[0]!.message).toContain('u0 → u1 → u2');
    expect(problems[0]!.message).toContain('(20,000 units) → u0.');
  });

  it('reports an unknown parentId, naming the unit', () => {
    expect(
      problemsOf({
        name: 'X',
        units: [
          { id: 'a', name: 'A' },
          { id: 'b', parentId: 'nowhere', name: 'Roads Office' },
        ],
      }),
    ).toEqual([
      {
        path: 'units[1].parentId',
        message: 'parentId "nowhere" matches no unit\'s id (in unit "Roads Office", id "b").',
      },
    ]);
  });

  it('reports empty, blank and missing names', () => {
    expect(
      problemsOf({
        name: '   ',
        children: [{ name: '' }, { name: ' \n\t ' }, { duties: [] }, { name: 42 }],
      }),
    ).toEqual([
      { path: 'name', message: 'The organisation name is empty.' },
      { path: 'children[0].name', message: 'Name is empty.' },
      { path: 'children[1].name', message: 'Name is empty.' },
      { path: 'children[2].name', message: 'Name is missing.' },
      { path: 'children[3].name', message: 'Name must be a string; found the number 42.' },
    ]);
  });

  it('reports bad duties precisely, naming the unit', () => {
    expect(
      problemsOf({
        name: 'X',
        units: [
          {
            id: 'roads',
            name: 'Roads Office',
            duties: [
              'ok',
              '  ',
              3,
              { text: 5 },
              { number: 0, text: 'x' },
              { number: 1.5, text: 'y' },
            ],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'units[0].duties[1]',
        message: 'Duty 2 is empty (in unit "Roads Office", id "roads").',
      },
      {
        path: 'units[0].duties[2]',
        message:
          'Duty 3 must be a string or an object such as {"number": 1, "text": "…"}; found the number 3 (in unit "Roads Office", id "roads").',
      },
      {
        path: 'units[0].duties[3].text',
        message:
          'Duty 4 text must be a string; found the number 5 (in unit "Roads Office", id "roads").',
      },
      {
        path: 'units[0].duties[4].number',
        message:
          'Duty 5 number is 0; the smallest allowed is 1 (in unit "Roads Office", id "roads").',
      },
      {
        path: 'units[0].duties[5].number',
        message:
          'Duty 6 number must be a whole number; found the number 1.5 (in unit "Roads Office", id "roads").',
      },
    ]);
  });

  it('requires duty numbers to increase within a unit', () => {
    expect(
      problemsOf({
        name: 'X',
        children: [
          {
            name: 'Roads',
            duties: [
              { number: 2, text: 'a' },
              { number: 2, text: 'b' },
            ],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'children[0].duties[1].number',
        message:
          'Duty 2 is numbered 2, after 2: numbers must increase within a unit (in unit "Roads").',
      },
    ]);
  });

  it('refuses numbering that would store a huge list of skipped numbers', () => {
    const units = Array.from({ length: 20 }, () => ({
      name: 'U',
      duties: [{ number: 9_999, text: 'x' }],
    }));
    expect(problemsOf({ name: 'X', children: units })).toEqual([
      expect.objectContaining({
        path: 'children[10].duties[0].number',
        message: expect.stringContaining('skips more than 100,000 numbers'),
      }),
    ]);
  });

  it('names unknown keys and the allowed ones', () => {
    expect(
      problemsOf({
        name: 'X',
        children: [{ name: 'Roads', dutys: [], duties: [{ text: 'a', num: 1 }] }],
        extra: true,
      }),
    ).toEqual([
      {
        path: '',
        message:
          'Unknown key "extra"; allowed keys are "$schema", "name", "source", "root", "children", "units".',
      },
      {
        path: 'children[0].duties[0]',
        message: 'Unknown key "num"; allowed keys are "number", "text" (in unit "Roads").',
      },
      {
        path: 'children[0]',
        message:
          'Unknown key "dutys"; allowed keys are "id", "name", "duties", "children" (in unit "Roads").',
      },
    ]);
  });

  it('lists at most five unknown keys', () => {
    const unit = Object.fromEntries([
      ['name', 'Roads'],
      ...Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 1]),
    ]);
    expect(problemsOf({ name: 'X', children: [unit] })).toEqual([
      {
        path: 'children[0]',
        message:
          'Unknown keys "k0", "k1", "k2", "k3", "k4", and 9,995 more; allowed keys are "id", "name", "duties", "children" (in unit "Roads").',
      },
    ]);
  });

  it('refuses a source link that is not a web address', () => {
    expect(problemsOf({ name: 'X', source: { url: 'javascript:alert(1)' }, children: [] })).toEqual(
      [
        {
          path: 'source.url',
          message: 'The source URL must be a web address starting with http:// or https://.',
        },
      ],
    );
  });

  it('asks for exactly one of root, children and units', () => {
    expect(problemsOf({ name: 'X' })[0]!.message).toBe(
      'The document has no units: give them as "root" (one unit), "children" (a list of units) or "units" (a flat list).',
    );
    expect(problemsOf({ name: 'X', root: { name: 'R' }, children: [] })[0]!.message).toBe(
      'Give the units in one way only; the document has "root" and "children".',
    );
    expect(problemsOf({ name: 'X', units: [] })).toEqual([
      { path: 'units', message: '"units" is empty; give at least one.' },
    ]);
    expect(problemsOf({ name: 'X', children: { name: 'Y' } })).toEqual([
      { path: 'children', message: '"children" must be a list; found an object.' },
    ]);
    expect(problemsOf({ name: 'X', root: [] })).toEqual([
      {
        path: 'root',
        message:
          'A unit must be an object such as {"name": "…", "duties": […]}; found a list of 0 items.',
      },
    ]);
  });

  it('refuses JSON that is not an object', () => {
    expect(problemsOf('[{"name": "Roads"}]')[0]!.message).toMatch(
      /^The JSON is a list; expected one object/,
    );
    expect(problemsOf('null')[0]!.message).toMatch(/^The JSON is null; expected an object/);
    expect(problemsOf('"Roads"')[0]!.message).toMatch(/^The JSON is the text "Roads"; expected/);
    expect(problemsOf('42')[0]!.message).toMatch(/^The JSON is the number 42; expected/);
  });

  it('lists the first problems and counts the rest', () => {
    const problems = problemsOf({
      name: 'X',
      children: Array.from({ length: 100 }, () => ({ name: '' })),
    });
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]).toEqual({ path: '', message: '…and 80 more problems.' });
  });

  it('stops reading after a thousand problems, so a file of broken units stays quick', () => {
    const broken = { name: '', duties: [1, { x: 1 }], extra: true };
    for (const document of [
      { name: 'X', children: Array.from({ length: 50_000 }, () => broken) },
      { name: 'X', units: Array.from({ length: 50_000 }, () => broken) },
    ]) {
      expect(problemsOf(document).at(-1)).toEqual({
        path: '',
        // The unit being read when the count passes 1,000 still reports all its problems.
        message: expect.stringMatching(
          /^…and at least 98\d more problems; reading stopped there\.$/,
        ),
      });
    }
  });
});

describe('limits', () => {
  it('limits the lengths of names and duties', () => {
    expect(
      problemsOf({
        name: 'X',
        children: [
          { name: 'n'.repeat(MAX_NAME_LENGTH + 1) },
          { name: 'Roads', duties: ['d'.repeat(MAX_DUTY_LENGTH + 1)] },
        ],
      }),
    ).toEqual([
      { path: 'children[0].name', message: 'Name is 501 characters long; the limit is 500.' },
      {
        path: 'children[1].duties[0]',
        message: 'Duty 1 is 5,001 characters long; the limit is 5,000 (in unit "Roads").',
      },
    ]);
  });

  it('limits the number of duties in a unit, even a list of a million', () => {
    expect(
      problemsOf({
        name: 'X',
        children: [{ name: 'Roads', duties: Array.from({ length: 1_000_000 }, () => 'a') }],
      }),
    ).toEqual([
      {
        path: 'children[0].duties',
        message: `The duties list has 1,000,000 items; the limit is ${MAX_DUTIES_PER_UNIT.toLocaleString('en')} (in unit "Roads").`,
      },
    ]);
  });

  it('limits the number of units in both shapes', () => {
    const many = Array.from({ length: MAX_UNITS + 1 }, (_, i) => ({ id: `u${i}`, name: 'U' }));
    expect(problemsOf({ name: 'X', units: many })).toEqual([
      { path: 'units', message: '"units" has 100,001 units; the limit is 100,000.' },
    ]);
    expect(problemsOf({ name: 'X', children: many })).toEqual([
      { path: 'children', message: 'The file has more than 100,000 units; the limit is 100,000.' },
    ]);
    expect(problemsOf({ name: 'X', root: { name: 'R', children: many } })).toEqual([
      {
        path: 'root.children',
        message: 'The file has more than 100,000 units; the limit is 100,000.',
      },
    ]);
  });

  it('reads 5,000 levels of nesting in both shapes without running out of stack', () => {
    const nested = parseOrganizationJson(deepNested(5_000));
    expect(nested.problems).toEqual([]);
    expect(indexOrganization(nested.organization!).order).toHaveLength(5_001);

    const flat = read(flatChain(5_000));
    expect(flat.problems).toEqual([]);
    expect(indexOrganization(flat.organization!).depthOf.get('u4999')).toBe(4_999);
  });

  it(`refuses nesting deeper than ${MAX_DEPTH.toLocaleString('en')} levels, naming a short path`, () => {
    const [problem, ...rest] = problemsOf(deepNested(MAX_DEPTH + 1));
    expect(rest).toEqual([]);
    expect(problem!.message).toBe(
      'Units are nested more than 10,000 levels deep; the limit is 10,000.',
    );
    expect(problem!.path).toBe(
      'root.children[0].children[0].children[0].…(9,992 more levels)….children[0].children[0].children[0].children[0].children[0].children[0]',
    );
    expect(problemsOf(deepNested(100_000))).toHaveLength(1);
    expect(problemsOf(flatChain(MAX_DEPTH + 2))).toEqual([
      {
        path: `units[${MAX_DEPTH + 1}]`,
        message: 'Units are nested more than 10,000 levels deep; the limit is 10,000.',
      },
    ]);
    expect(read(flatChain(MAX_DEPTH + 1)).problems).toEqual([]);
  });
});
