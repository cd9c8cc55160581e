import { describe, expect, it } from 'vitest';
import { IdAllocator, normalizeWhitespace, slugify } from './names.ts';

describe('normalizeWhitespace', () => {
  it('collapses runs of whitespace, non-breaking spaces included, and trims', () => {
    expect(normalizeWhitespace('  Roads\u00a0\u00a0Office\n\t(North) ')).toBe(
      'Roads Office (North)',
    );
  });
});

describe('slugify', () => {
  it('spells letters Unicode does not decompose, and can cut at a word', () => {
    expect(slugify('Straße Ærø')).toBe('strasse-aero');
    expect(slugify('alpha beta gamma', 12, { atWord: true })).toBe('alpha-beta');
    expect(slugify('alpha beta gamma', 12)).toBe('alpha-beta-g');
  });

  it('slugifies accents and punctuation', () => {
    expect(slugify('Café & Policy (Planning)')).toBe('cafe-policy-planning');
  });

  it('keeps at most 80 characters, never ending in a hyphen', () => {
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(80));
    expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
  });

  it('gives nothing for a name without Latin letters or digits', () => {
    expect(slugify('财务处')).toBe('');
  });
});

describe('IdAllocator', () => {
  it('suffixes -2, -3… when names clash', () => {
    const ids = new IdAllocator();
    expect(['Roads', 'Parks', 'Roads', 'roads!'].map((name) => ids.allocate(name, 'unit'))).toEqual(
      ['roads', 'parks', 'roads-2', 'roads-3'],
    );
  });

  it('skips reserved ids', () => {
    const ids = new IdAllocator();
    ids.reserve('roads');
    ids.reserve('roads-2');
    ids.reserve('parks-3');
    expect(
      ['Roads', 'Parks', 'Parks', 'Parks', 'Roads'].map((n) => ids.allocate(n, 'unit')),
    ).toEqual(['roads-3', 'parks', 'parks-2', 'parks-4', 'roads-4']);
  });

  it('never hands out an id twice, even when a name looks like a suffixed id', () => {
    const ids = new IdAllocator();
    expect(['A', 'A-2', 'A', 'A-2'].map((name) => ids.allocate(name, 'unit'))).toEqual([
      'a',
      'a-2',
      'a-3',
      'a-2-2',
    ]);
  });

  it('uses the fallback for a name that gives no slug, made unique like any other', () => {
    const ids = new IdAllocator();
    expect(ids.allocate('财务处', 'unit-1')).toBe('unit-1');
    expect(ids.allocate('---', 'unit-1')).toBe('unit-1-2');
    expect(ids.allocate('Unit 1', 'unit-9')).toBe('unit-1-3');
  });

  it('allocates 20,000 units with one name, each id unique', () => {
    // Counting per name keeps this linear; suffix probing from -2 each time took seconds.
    const ids = new IdAllocator();
    const allocated = Array.from({ length: 20_000 }, () => ids.allocate('Records', 'unit'));
    expect(new Set(allocated).size).toBe(20_000);
    expect(allocated.slice(0, 3)).toEqual(['records', 'records-2', 'records-3']);
    expect(allocated.at(-1)).toBe('records-20000');
  });
});
