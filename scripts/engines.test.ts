/**
 * `npm ci` must print no engine warnings on the Node the README states: every installed package
 * that declares the Node versions it supports must accept the lowest one we support.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const lowest = semver.minVersion(pkg.engines.node)!.version;

describe('supported Node versions', () => {
  it('the README states the same lowest Node as package.json', () => {
    expect(read('README.md')).toContain(`Node.js ${lowest.replace(/\.0$/, '')} or later`);
  });

  it(`every locked package accepts Node ${lowest}`, () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !semver.satisfies(lowest, range) ? [`${path} needs node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
