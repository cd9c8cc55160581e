import { describe, expect, it } from 'vitest';
import { neighbour, readingNeighbours } from './navigation.ts';
import { indexOrganization, type Office } from './organization.ts';

const unit = (id: string, children: Office[] = []): Office => ({
  id,
  name: id,
  duties: [],
  missingNumbers: [],
  children,
});
const index = indexOrganization({
  name: 'Org',
  attribution: { title: 'Org' },
  root: unit('root', [unit('a', [unit('a1'), unit('a2')]), unit('b'), unit('c')]),
});

describe('neighbour', () => {
  it('moves up, down and along siblings', () => {
    expect(neighbour(index, 'a1', 'parent')).toBe('a');
    expect(neighbour(index, 'a', 'parent')).toBe('root');
    expect(neighbour(index, 'root', 'parent')).toBeNull();
    expect(neighbour(index, 'root', 'child')).toBe('a');
    expect(neighbour(index, 'a', 'child')).toBe('a1');
    expect(neighbour(index, 'b', 'child')).toBeNull();
    expect(neighbour(index, 'b', 'next')).toBe('c');
    expect(neighbour(index, 'c', 'next')).toBeNull();
    expect(neighbour(index, 'b', 'previous')).toBe('a');
    expect(neighbour(index, 'a', 'previous')).toBeNull();
    expect(neighbour(index, 'b', 'first')).toBe('a');
    expect(neighbour(index, 'a', 'last')).toBe('c');
    expect(neighbour(index, 'root', 'next')).toBeNull();
  });

  it('returns null for an unknown id', () => {
    expect(neighbour(index, 'nope', 'parent')).toBeNull();
  });
});

describe('readingNeighbours', () => {
  it('walks units in reading order without the root', () => {
    expect(readingNeighbours(index, 'a')).toEqual({ previous: null, next: 'a1' });
    expect(readingNeighbours(index, 'a2')).toEqual({ previous: 'a1', next: 'b' });
    expect(readingNeighbours(index, 'c')).toEqual({ previous: 'b', next: null });
    expect(readingNeighbours(index, 'root')).toEqual({ previous: null, next: null });
  });
});
