import { describe, expect, it } from 'vitest';
import { exportedLine, filterLine, sourceLine } from './picture-text.ts';

describe('sourceLine', () => {
  it('starts with "Source:" exactly once and adds the address and note when known', () => {
    expect(sourceLine({ title: 'Joke Collection Website' })).toBe(
      'Source: Joke Collection Website',
    );
    expect(
      sourceLine({
        title: 'Page',
        url: 'https://example.org/a',
        note: 'English machine translation',
      }),
    ).toBe('Source: Page (https://example.org/a). English machine translation.');
  });
});

describe('exportedLine', () => {
  it('names the date and the app', () => {
    expect(exportedLine(new Date(2026, 11, 2, 10, 5))).toMatch(/^Exported .*2026.* with Orgscope$/);
  });
});

describe('filterLine', () => {
  it('is null without a filter and words the query and the function labels', () => {
    expect(filterLine('', [])).toBeNull();
    expect(filterLine('risk', [])).toBe('Filter: “risk”');
    expect(filterLine('', ['audit', 'no-such-function'])).toMatch(/^Function: Audit/);
  });
});

describe('filterLine with "all of"', () => {
  it('says how several functions combined when it is not "any of"', () => {
    expect(filterLine('', ['risk', 'audit'], 'all')).toMatch(/^Functions \(all of\): Risk; Audit/);
    expect(filterLine('', ['risk', 'audit'], 'any')).toMatch(/^Functions: Risk; Audit/);
    // One function means the same either way.
    expect(filterLine('', ['risk'], 'all')).toBe('Function: Risk');
  });
});
