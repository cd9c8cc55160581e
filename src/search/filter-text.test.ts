import { describe, expect, it } from 'vitest';
import type { Office, Organization } from '../model/organization.ts';
import { isAllOf, missingFunctionsText, resultSummary } from './filter-text.ts';
import { EMPTY_QUERY, matchOrganization, parseQuery, type FunctionMode } from './match.ts';

const office = (id: string, duties: string[]): Office => ({
  id,
  name: id,
  duties: duties.map((text, i) => ({ number: i + 1, text })),
  missingNumbers: [],
  children: [],
});

const org: Organization = {
  name: 'Test',
  attribution: { title: 'Test' },
  root: {
    ...office('root', []),
    children: [
      office('both', ['Risk control;', 'Audit plans;']),
      office('risk-only', ['Liquidity risk;', 'Meetings.']),
    ],
  },
};

const result = (ids: string[], mode: FunctionMode, query = '') =>
  matchOrganization(org, query ? parseQuery(query) : EMPTY_QUERY, ids, mode);

describe('resultSummary', () => {
  it('counts offices and duties, as before, with "any of"', () => {
    expect(resultSummary(result(['risk', 'audit'], 'any'))).toBe('2 offices · 3 duties match');
    expect(resultSummary(result(['risk'], 'all'))).toBe('2 offices · 2 duties match');
  });

  it('says when offices had to do all of the functions', () => {
    expect(resultSummary(result(['risk', 'audit'], 'all'))).toBe(
      '1 office · 2 duties match (offices with duties in all 2 functions)',
    );
  });

  it('suggests what to try when nothing matches, in each mode', () => {
    expect(resultSummary(result([], 'any', 'astrology'))).toBe(
      'No duties match. Try fewer or shorter words, or clear the filters.',
    );
    expect(resultSummary(result(['risk', 'audit'], 'all', 'liquidity'))).toBe(
      'No office has matching duties in all 2 functions. Try “any of”, fewer functions or fewer words.',
    );
  });

  it('says when the filter was cut', () => {
    expect(resultSummary(result([], 'any', 'risk '.repeat(200)))).toBe(
      '2 offices · 2 duties match (only the first 500 characters of the filter are used)',
    );
  });
});

describe('isAllOf', () => {
  it('is true only for "all of" two or more functions', () => {
    expect(isAllOf(result(['risk', 'audit'], 'all'))).toBe(true);
    expect(isAllOf(result(['risk', 'audit'], 'any'))).toBe(false);
    expect(isAllOf(result(['risk'], 'all'))).toBe(false);
  });
});

describe('missingFunctionsText', () => {
  it('names the functions a unit lacks, semicolons between labels that hold commas', () => {
    expect(missingFunctionsText([])).toBeNull();
    expect(missingFunctionsText(['audit'])).toBe(
      'No matching duties in Audit, inspection & discipline, so none count under “all of”.',
    );
    expect(missingFunctionsText(['risk', 'audit', 'loans'])).toBe(
      'No matching duties in Risk; Audit, inspection & discipline and Loans & credit, so none count under “all of”.',
    );
    const risky = result(['risk', 'audit'], 'all').offices.get('risk-only')!;
    expect(missingFunctionsText(risky.missingFunctions)).toContain('Audit, inspection');
  });
});
