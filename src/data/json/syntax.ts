/** Where a JSON text goes wrong, said the same way in every browser. */
import { quote, type DataProblem } from '../problems.ts';

// JSON syntax errors

/** Where a JSON text first goes wrong, and what the reader expected there. */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
}

const VALUE = 'a value (text in double quotes, a number, true, false, null, {…} or […])';

/**
 * Finds the first syntax error in a JSON text, or null when it is well formed. Engines word and
 * place their errors differently (V8 gives no position for "Unexpected token"), so messages come
 * from this scanner, the same in every browser. It keeps its own stack: nesting depth is free.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const length = text.length;
  const stack: string[] = [];
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let i = 0;
  const fail = (expected: string): JsonSyntaxError => ({ offset: i, expected });
  const skipSpace = () => {
    for (let c = text[i]; c === ' ' || c === '\t' || c === '\n' || c === '\r'; c = text[++i]);
  };
  /** Reads the string starting at i; returns its fault, or null when it is well formed. */
  const readString = (): JsonSyntaxError | null => {
    for (i++; i < length;) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return null;
      }
      if (code < 0x20)
        return fail('the closing " of the text (a line break inside text is written \\n)');
      if (code !== 0x5c) {
        i++;
      } else if (text[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        i += 6;
      } else if ('"\\/bfnrt'.includes(text[i + 1] || 'x')) {
        i += 2;
      } else {
        return fail('an escape such as \\" \\\\ \\n or \\u0041 after the backslash');
      }
    }
    return fail('the closing " of the text');
  };

  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    const c = text[i];
    if (state === 'key') {
      if (c !== '"') return fail('a property name in double quotes');
      const fault = readString();
      if (fault) return fault;
      skipSpace();
      if (text[i] !== ':') return fail('":" after the property name');
      i++;
      state = 'value';
    } else if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else {
          state = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (c === '"') {
        const fault = readString();
        if (fault) return fault;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
      } else if (text.startsWith('false', i)) {
        i += 5;
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail(VALUE);
        i = NUMBER.lastIndex;
      }
      state = 'after';
    } else {
      const top = stack.at(-1);
      if (top === undefined)
        return i < length ? fail('the end of the file after the JSON value') : null;
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else {
        return fail(top === '{' ? '"," or "}"' : '"," or "]"');
      }
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The problem of a text `JSON.parse` refused, placed by line and column. */
export function syntaxProblem(text: string, error: unknown): DataProblem {
  const found = findJsonSyntaxError(text);
  if (!found) {
    // The engine refused what the scanner accepts (an engine limit, say): pass its word on.
    const raw = error instanceof Error ? error.message : String(error);
    return { path: '', message: `The file is not valid JSON: ${raw.slice(0, 200)}` };
  }
  const { line, column } = lineAndColumn(text, found.offset);
  const rest = text.slice(found.offset);
  const token = /^[^\s,:{}[\]"]{1,20}/.exec(rest)?.[0] ?? rest.charAt(0);
  const what =
    rest === ''
      ? 'the file ends'
      : token.trim() === ''
        ? 'a line break or control character'
        : `found ${quote(token, 20)}`;
  const hint =
    /^[}\]]/.test(rest) && /,\s*$/.test(text.slice(Math.max(0, found.offset - 200), found.offset))
      ? ' JSON allows no comma before a closing bracket.'
      : rest.startsWith('//') || rest.startsWith('/*')
        ? ' JSON allows no comments.'
        : rest.startsWith("'")
          ? ' JSON puts text and names in double quotes.'
          : '';
  return {
    path: '',
    message: `The file is not valid JSON (line ${line}, column ${column}): expected ${found.expected}, but ${what}.${hint}`,
    line,
    column,
  };
}
