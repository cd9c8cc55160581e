/** Small documents and helpers shared by the JSON reader's tests. */
import { expect } from 'vitest';
import { parseOrganizationJson } from './read-json.ts';

/** Parses a document given as an object, as a user's file would arrive. */
export const read = (document: unknown) => parseOrganizationJson(JSON.stringify(document));

/** The problems of a document that must not load. */
export function problemsOf(document: unknown) {
  const { organization, problems } =
    typeof document === 'string' ? parseOrganizationJson(document) : read(document);
  expect(organization).toBeNull();
  expect(problems.length).toBeGreaterThan(0);
  return problems;
}

/** The organisation of a document that must load cleanly. */
export function organizationOf(document: unknown) {
  const { organization, problems } = read(document);
  expect(problems).toEqual([]);
  if (!organization) throw new Error('expected an organisation');
  return organization;
}

/** A unit with a duty numbered out of turn. */
export const roads = {
  name: 'Roads Office',
  duties: ['Plan the road network.', { number: 3, text: 'Maintain bridges.' }, 'Clear snow.'],
};

/** A nested chain `depth` units deep, written as text: JSON.stringify would recurse. */
export function deepNested(depth: number): string {
  return `{"name":"Deep","root":${'{"name":"Level","children":['.repeat(depth)}{"name":"Bottom"}${']}'.repeat(depth)}}`;
}

/** A flat chain where each unit's parent is the one before it. */
export function flatChain(length: number) {
  return {
    name: 'Chain',
    units: Array.from({ length }, (_, i) => ({
      id: `u${i}`,
      name: `Unit ${i}`,
      ...(i > 0 ? { parentId: `u${i - 1}` } : {}),
    })),
  };
}
