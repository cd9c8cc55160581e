import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../scripts/generate-organization.mjs';
import { parseOrganizationJson } from './read-json.ts';
import { findJsonSyntaxError } from './syntax.ts';
import { problemsOf } from './test-documents.ts';

describe('JSON syntax errors', () => {
  it('gives the line and column, with a hint for common slips', () => {
    expect(problemsOf('{\n  "name": "X",\n  "children": [],\n}')).toEqual([
      {
        path: '',
        line: 4,
        column: 1,
        message:
          'The file is not valid JSON (line 4, column 1): expected a property name in double quotes, but found "}". JSON allows no comma before a closing bracket.',
      },
    ]);
    expect(problemsOf("{'name': 'X'}")[0]!.message).toBe(
      'The file is not valid JSON (line 1, column 2): expected a property name in double quotes, but found "\'name\'". JSON puts text and names in double quotes.',
    );
    expect(problemsOf('{\n "name": "X", // the name\n}')[0]).toMatchObject({ line: 2, column: 15 });
    expect(problemsOf('{"name": tru}')[0]!.message).toBe(
      'The file is not valid JSON (line 1, column 10): expected a value (text in double quotes, a number, true, false, null, {…} or […]), but found "tru".',
    );
    expect(problemsOf('{"name": "X",\n "children": [')[0]!.message).toMatch(
      /^The file is not valid JSON \(line 2, column 15\): expected a value .*, but the file ends\.$/,
    );
    expect(problemsOf('{"name": "two\nlines"}')[0]).toMatchObject({ line: 1, column: 14 });
    expect(problemsOf('')[0]!.message).toMatch(/line 1, column 1\): expected a value/);
  });

  it('strips a byte-order mark before parsing', () => {
    expect(parseOrganizationJson('\uFEFF{"name": "X", "children": []}').problems).toEqual([]);
  });

  it('agrees with JSON.parse on where JSON is well formed', () => {
    const random = mulberry32(7);
    const base = JSON.stringify({
      name: 'X "quoted" \\ é \u2028',
      n: [-1.5e3, 0, 12, true, false, null, {}, []],
      children: [{ name: 'a\tb', duties: ['\u0041'] }],
    });
    const alphabet = '{}[]":,\\ 0-1eE.+tfnu\n\tax';
    for (let i = 0; i < 3_000; i++) {
      let text = base;
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * (text.length + 1));
        const c = alphabet[Math.floor(random() * alphabet.length)]!;
        const kind = random();
        text =
          kind < 0.4
            ? text.slice(0, at) + c + text.slice(at)
            : kind < 0.8
              ? text.slice(0, at) + text.slice(at + 1)
              : text.slice(0, at) + c + text.slice(at + 1);
      }
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(text) === null, text).toBe(valid);
    }
  });
});
