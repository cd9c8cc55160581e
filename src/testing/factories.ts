/**
 * Small factories for unit tests: organisations built in the test, and the Center read from the
 * one source file. Imported only by tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadShanghaiCenter } from '../data/shanghai.ts';
import type { Office, Organization } from '../model/organization.ts';

/** A unit with `duties` numbered duties ("Duty 1", "Duty 2"…) and the given children. */
export function office(id: string, name: string, children: Office[] = [], duties = 2): Office {
  return {
    id,
    name,
    duties: Array.from({ length: duties }, (_, i) => ({ number: i + 1, text: `Duty ${i + 1}` })),
    missingNumbers: [],
    children,
  };
}

/** The Shanghai Provident Fund Management Center, parsed from the source page. */
export function shanghaiCenter(): Organization {
  // jsdom swaps in its own URL class, which Node's fs does not accept; a plain path works in both.
  const path = join(import.meta.dirname, '../data/internal-organizations.txt');
  return loadShanghaiCenter(readFileSync(path, 'utf8'));
}

/** A chain of `levels` units below the root, each the only child of the one above. */
export function deepOrganization(levels: number): Organization {
  let unit = office(`level-${levels}`, `Level ${levels}`, [], 1);
  for (let level = levels - 1; level >= 0; level--) {
    unit = office(`level-${level}`, `Level ${level}`, [unit], 1);
  }
  return { name: 'Deep Authority', root: unit, attribution: { title: 'Generated in the test' } };
}

/** A root with `count` children, each a leaf with one duty. */
export function wideOrganization(count: number): Organization {
  const children = Array.from({ length: count }, (_, i) =>
    office(`unit-${i + 1}`, `Unit ${i + 1}`, [], 1),
  );
  return {
    name: 'Wide Authority',
    root: office('wide', 'Wide Authority', children, 0),
    attribution: { title: 'Generated in the test' },
  };
}
