/**
 * Proves the import rules in eslint.config.js hold: each is broken on purpose in a probe and must
 * be reported, and the real tree must lint clean of them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to root). */
async function rulesFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The first lint loads the parsers and follows imports through the app for the cycle rule.
describe('import zones', { timeout: 60_000 }, () => {
  it('a component may not import the app shell', async () => {
    const rules = await rulesFor(
      'src/components/Probe.tsx',
      "import { App } from '../app/App.tsx';\nexport const probe = App;\n",
    );
    expect(rules).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('a component may import view state, the store, platform and pure modules', async () => {
    const rules = await rulesFor(
      'src/components/Probe.tsx',
      [
        "import { useFilterMatch } from '../view-state/filter-context.ts';",
        "import { useOrgStore } from '../store/org-store.ts';",
        "import { prefersReducedMotion } from '../platform/theme.ts';",
        "import { dutyCount } from '../model/format.ts';",
        'export const probe = [useFilterMatch, useOrgStore, prefersReducedMotion, dutyCount];',
        '',
      ].join('\n'),
    );
    expect(rules).toEqual([]);
  });

  it.each([
    ['src/search/probe.ts', "import { useState } from 'react';\nexport const probe = useState;\n"],
    [
      'src/layout/probe.ts',
      "import { useStore } from 'zustand';\nexport const probe = useStore;\n",
    ],
    ['src/model/probe.ts', "import { z } from 'zod';\nexport const probe = z;\n"],
    [
      'src/layout/probe.ts',
      "import { useOrgStore } from '../store/org-store.ts';\nexport const probe = useOrgStore;\n",
    ],
    [
      'src/store/probe.ts',
      "import { useFilterMatch } from '../view-state/filter-context.ts';\nexport const probe = useFilterMatch;\n",
    ],
    [
      'src/view-state/probe.ts',
      "import { OrgChart } from '../components/OrgChart.tsx';\nexport const probe = OrgChart;\n",
    ],
    [
      'src/platform/probe.ts',
      "import { OrgChart } from '../components/OrgChart.tsx';\nexport const probe = OrgChart;\n",
    ],
    [
      'src/export/run-probe.ts',
      "import { useOrgStore } from '../store/org-store.ts';\nexport const probe = useOrgStore;\n",
    ],
  ])('%s may not import what it does here', async (path, code) => {
    expect(await rulesFor(path, code)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('pure modules do not touch the DOM', async () => {
    const rules = await rulesFor(
      'src/layout/probe.ts',
      'export const probe = () => document.title;\n',
    );
    expect(rules).toContain('no-restricted-globals');
  });
});

describe('import cycles', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(root, 'src', 'lint-probe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are reported', async () => {
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts';\nexport const b = () => a;\n");
    const [result] = await eslint.lintFiles([relative(root, join(dir, 'a.ts'))]);
    expect((result?.messages ?? []).map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
