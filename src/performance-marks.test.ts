import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as marks from './performance-marks.mjs';

// Reads the app's and the benchmark's source, so that the entries the app sets and the ones the
// bench reads cannot drift apart: a renamed, removed or re-declared name fails here.

const REPO = fileURLToPath(new URL('..', import.meta.url));
const MODULE = 'src/performance-marks.mjs';
const NAMES = Object.keys(marks).sort();

type Source = { path: string; text: string };

function sources(folder: string, pattern: RegExp): Source[] {
  return readdirSync(join(REPO, folder), { recursive: true, encoding: 'utf8' })
    .map((file) => join(folder, file).split('\\').join('/'))
    .filter((path) => pattern.test(path) && !/\.test\.|\.d\.mts$/.test(path) && path !== MODULE)
    .map((path) => ({ path, text: readFileSync(join(REPO, path), 'utf8') }));
}

const appSources = sources('src', /\.tsx?$/);
const benchSources = [
  { path: 'scripts/bench.mjs', text: readFileSync(join(REPO, 'scripts/bench.mjs'), 'utf8') },
  ...sources('scripts/bench', /\.mjs$/),
];

/** The shared names a file imports, local name → exported name, and the file without imports. */
function imports(text: string): { names: Map<string, string>; body: string } {
  const names = new Map<string, string>();
  const statement = /import\s*\{([^}]*)\}\s*from\s*'[^']*\/performance-marks\.mjs';?/g;
  for (const [, list = ''] of text.matchAll(statement)) {
    for (const item of list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [exported = '', local = exported] = item.split(/\s+as\s+/);
      names.set(local, exported);
    }
  }
  return { names, body: text.replace(statement, '') };
}

const escape = (text: string) => text.replace(/[$]/g, '\\$');

/** Whether `body` creates an entry of `kind` named by `local`, directly or through a helper. */
function sets(body: string, local: string, kind: 'mark' | 'measure'): boolean {
  const call = new RegExp(`(performance\\.${kind}|[\\w$]+)\\(\\s*${escape(local)}\\b`, 'g');
  return [...body.matchAll(call)].some(([, callee = '']) => {
    if (callee === `performance.${kind}`) return true;
    // A helper forwarding its first parameter, e.g. timed(name, work) { … performance.measure(name
    const helper = new RegExp(
      `function\\s+${escape(callee)}\\s*(?:<[^>]*>)?\\(\\s*([\\w$]+)[\\s\\S]*?performance\\.${kind}\\(\\s*\\1\\b`,
    );
    return helper.test(body);
  });
}

/** Per shared name: which kinds of entry the app creates with it, and whether it starts a measure. */
function appUse() {
  const created = new Map<string, Set<'mark' | 'measure'>>();
  const starts = new Set<string>();
  for (const { text } of appSources) {
    const { names, body } = imports(text);
    for (const [local, exported] of names) {
      for (const kind of ['mark', 'measure'] as const) {
        if (!sets(body, local, kind)) continue;
        created.set(exported, (created.get(exported) ?? new Set()).add(kind));
      }
      const start = new RegExp(
        `performance\\.measure\\(\\s*[\\w$]+\\s*,\\s*${escape(local)}\\s*\\)`,
      );
      if (start.test(body)) starts.add(exported);
    }
  }
  return { created, starts };
}

/** The shared names the benchmark uses beyond importing them. */
function benchReads(): string[] {
  const read = new Set<string>();
  for (const { text } of benchSources) {
    const { names, body } = imports(text);
    for (const [local, exported] of names) {
      if (new RegExp(`\\b${escape(local)}\\b`).test(body)) read.add(exported);
    }
  }
  return [...read].sort();
}

describe('performance entry names', () => {
  it('are distinct and name themselves as the app’s', () => {
    const values = Object.values(marks);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^orgscope:[a-z-]+$/);
  });

  it('are each set by the app, marks as marks and measures as measures', () => {
    const { created } = appUse();
    expect([...created.keys()].sort()).toEqual(NAMES);
    for (const name of NAMES) {
      expect([...(created.get(name) ?? [])], name).toEqual([
        name.endsWith('_MEASURE') ? 'measure' : 'mark',
      ]);
    }
  });

  it('are read by the bench exactly as the app sets them, but for marks that only start a measure', () => {
    const { created, starts } = appUse();
    const expected = [...created.keys()].filter((name) => !starts.has(name)).sort();
    expect(starts.size).toBeGreaterThan(0);
    expect(benchReads()).toEqual(expected);
  });

  it('are written out nowhere but in their module', () => {
    const everywhere = [
      ...appSources,
      ...benchSources,
      ...sources('scripts', /\.m?[jt]s$/),
      ...sources('e2e', /\.ts$/),
    ];
    for (const { path, text } of everywhere) {
      for (const value of Object.values(marks)) {
        expect(text.includes(`'${value}'`), `${relative('.', path)} spells out '${value}'`).toBe(
          false,
        );
      }
    }
  });
});
