import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../search/match.ts';
import { MAX_QUESTION_LENGTH } from '../search/question-types.ts';
import {
  DEFAULT_VIEW,
  fromSearchParams,
  toSearchParams,
  viewOf,
  withView,
  type ViewState,
} from './url-state.ts';

const known = new Set(['loan-management-office', 'center']);
const exists = (id: string) => known.has(id);

describe('url state', () => {
  it('round-trips every view', () => {
    const views: ViewState[] = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, selectedId: 'loan-management-office' },
      { ...DEFAULT_VIEW, layout: 'left-right' },
      { ...DEFAULT_VIEW, selectedId: 'center', layout: 'top-down' },
      { ...DEFAULT_VIEW, query: '"audit plans" risk & <b>', functions: ['audit', 'loans'] },
      { ...DEFAULT_VIEW, query: 'a,b c=d?%', onlyMatching: true, selectedId: 'center' },
      { ...DEFAULT_VIEW, functions: ['risk', 'audit'], functionMode: 'all' },
      { ...DEFAULT_VIEW, selectedId: 'loan-management-office', dutyNumber: 3 },
      { ...DEFAULT_VIEW, viewMode: 'matrix' },
      { ...DEFAULT_VIEW, viewMode: 'matrix', query: 'risk', selectedId: 'center', dutyNumber: 1 },
      { ...DEFAULT_VIEW, asking: true },
      { ...DEFAULT_VIEW, asking: true, question: 'Who approves large loans? & <b> 100%' },
    ];
    for (const view of views) {
      const parsed = fromSearchParams(`?${toSearchParams(view).toString()}`, exists);
      expect(parsed).toEqual({ view, notices: [] });
    }
  });

  it('writes readable parameters and leaves defaults out', () => {
    expect(
      toSearchParams({
        ...DEFAULT_VIEW,
        selectedId: 'loan-management-office',
        layout: 'top-down',
        query: 'risk',
        functions: ['audit', 'loans'],
      }).toString(),
    ).toBe('office=loan-management-office&layout=top-down&q=risk&fn=audit%2Cloans');
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe('');
    expect(toSearchParams({ ...DEFAULT_VIEW, query: '   ' }).toString()).toBe('');
  });

  it('writes "all of" as match=all and leaves the default "any of" out', () => {
    const view: ViewState = { ...DEFAULT_VIEW, functions: ['risk', 'audit'], functionMode: 'all' };
    expect(toSearchParams(view).toString()).toBe('fn=risk%2Caudit&match=all');
    expect(toSearchParams({ ...view, functionMode: 'any' }).toString()).toBe('fn=risk%2Caudit');
    // Links written before the choice existed keep meaning "any of".
    expect(fromSearchParams('?fn=risk,audit', exists).view.functionMode).toBe('any');
    expect(fromSearchParams('?fn=risk,audit&match=any', exists).view.functionMode).toBe('any');
  });

  it('explains an unknown function match and falls back to "any of"', () => {
    const parsed = fromSearchParams('?fn=risk,audit&match=most', exists);
    expect(parsed.view).toEqual({ ...DEFAULT_VIEW, functions: ['risk', 'audit'] });
    expect(parsed.notices).toEqual([
      'Unknown function match “most”; showing offices with any of the functions.',
    ]);
  });

  it('picks exactly the view out of a larger state', () => {
    const view: ViewState = { ...DEFAULT_VIEW, functions: ['risk'], functionMode: 'all' };
    expect(viewOf({ ...view, theme: 'dark' } as ViewState)).toEqual(view);
  });

  it('explains an unknown office and shows the whole chart', () => {
    const parsed = fromSearchParams('?office=no-such-office', exists);
    expect(parsed.view).toEqual(DEFAULT_VIEW);
    expect(parsed.notices).toEqual([
      'The link names an office that does not exist here (“no-such-office”), so the whole chart is shown.',
    ]);
  });

  it('keeps known functions, drops duplicates, and names the unknown ones', () => {
    const parsed = fromSearchParams('?fn=audit,astrology,audit,,loans', exists);
    expect(parsed.view.functions).toEqual(['audit', 'loans']);
    expect(parsed.notices).toEqual([
      'The link names a function we do not know (“astrology”); it was ignored.',
    ]);
    const many = fromSearchParams('?fn=a,b,c,d,e', exists);
    expect(many.view.functions).toEqual([]);
    expect(many.notices[0]).toBe(
      'The link names functions we do not know (“a”, “b”, “c” and 2 more); they were ignored.',
    );
  });

  it('cuts an over-long query and says so', () => {
    const parsed = fromSearchParams(`?q=${'x'.repeat(10_000)}`, exists);
    expect(parsed.view.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.notices).toHaveLength(1);
  });

  it('survives junk, very long values and bad percent-encoding', () => {
    const long = 'x'.repeat(10_000);
    for (const search of [
      `?office=${long}`,
      '?office=%E0%A4%A',
      '?layout=<script>',
      '?%%%=1&&=',
      `?layout=${long}`,
      '?only=sometimes',
    ]) {
      const parsed = fromSearchParams(search, exists);
      expect(parsed.view.selectedId).toBeNull();
      expect(parsed.view.layout).toBe('compact');
      for (const notice of parsed.notices) expect(notice.length).toBeLessThan(200);
    }
  });

  it('keeps parameters that are not ours when writing the view', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      selectedId: 'loan-management-office',
      query: 'risk',
      functions: ['audit'],
    };
    expect(withView('?utm_source=mail&utm_campaign=spring', view)).toBe(
      'utm_source=mail&utm_campaign=spring&office=loan-management-office&q=risk&fn=audit',
    );
    // Ours are replaced, not duplicated; theirs keep their order and repeated values.
    expect(withView('?q=old&tag=a&office=center&tag=b&match=all', view)).toBe(
      'tag=a&tag=b&office=loan-management-office&q=risk&fn=audit',
    );
    expect(withView('?utm_source=mail&q=risk', DEFAULT_VIEW)).toBe('utm_source=mail');
    expect(withView('', DEFAULT_VIEW)).toBe('');
    expect(withView('', view)).toBe(toSearchParams(view).toString());
  });

  it('writes a duty as duty=N beside its office, and a view other than the chart as view=', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      selectedId: 'loan-management-office',
      dutyNumber: 3,
    };
    expect(toSearchParams(view).toString()).toBe('office=loan-management-office&duty=3');
    // A duty means nothing without its office.
    expect(toSearchParams({ ...view, selectedId: null }).toString()).toBe('');
    expect(toSearchParams({ ...DEFAULT_VIEW, viewMode: 'matrix' }).toString()).toBe('view=matrix');
    expect(withView('?duty=9&view=matrix&ref=x', DEFAULT_VIEW)).toBe('ref=x');
  });

  it('checks a duty number against the unit’s own numbering', () => {
    const dutiesOf = (id: string) =>
      id === 'loan-management-office'
        ? { name: 'Loan Management Office', numbers: [1, 2, 3, 5, 12] }
        : id === 'center'
          ? { name: 'The Center', numbers: [] }
          : undefined;
    const read = (search: string) => fromSearchParams(search, exists, dutiesOf);
    expect(read('?office=loan-management-office&duty=5')).toEqual({
      view: { ...DEFAULT_VIEW, selectedId: 'loan-management-office', dutyNumber: 5 },
      notices: [],
    });
    // The source's own number, not a position: there is no duty 4 here, though there are five.
    expect(read('?office=loan-management-office&duty=4')).toEqual({
      view: { ...DEFAULT_VIEW, selectedId: 'loan-management-office' },
      notices: ['Loan Management Office has no duty 4, so none is marked.'],
    });
    expect(read('?office=center&duty=1').notices).toEqual([
      'The Center has no duty 1, so none is marked.',
    ]);
    for (const bad of ['three', '-1', '1.5', '3e2', '9999999', '0x3']) {
      const parsed = read(`?office=loan-management-office&duty=${bad}`);
      expect(parsed.view.dutyNumber).toBeNull();
      expect(parsed.view.selectedId).toBe('loan-management-office');
      expect(parsed.notices).toHaveLength(1);
      expect(parsed.notices[0]).toMatch(/is not a duty number, so no duty is marked\.$/);
    }
    expect(read('?duty=3').notices).toEqual([
      'The link names duty 3 but no office, so no duty is marked.',
    ]);
    // An unknown office is explained once; its duty goes with it.
    expect(read('?office=nowhere&duty=3').notices).toHaveLength(1);
    expect(read('?office=loan-management-office&duty=').view.dutyNumber).toBeNull();
    // Without a way to check, any whole number is taken as given.
    expect(fromSearchParams('?office=center&duty=7', exists).view.dutyNumber).toBe(7);
  });

  it('explains an unknown view and shows the chart', () => {
    const parsed = fromSearchParams('?view=spreadsheet', exists);
    expect(parsed.view.viewMode).toBe('chart');
    expect(parsed.notices).toEqual(['Unknown view “spreadsheet”; showing the chart.']);
  });

  it('ignores parameters it does not know', () => {
    expect(fromSearchParams('?utm_source=mail&office=center', exists)).toEqual({
      view: { ...DEFAULT_VIEW, selectedId: 'center' },
      notices: [],
    });
  });

  it('keeps the question box open and its question in `ask`, only while the box is open', () => {
    const open: ViewState = {
      ...DEFAULT_VIEW,
      asking: true,
      question: 'Who approves large loans?',
    };
    expect(toSearchParams(open).toString()).toBe('ask=Who+approves+large+loans%3F');
    expect(toSearchParams({ ...DEFAULT_VIEW, asking: true }).toString()).toBe('ask=');
    // Closed, the box remembers its question, but a link does not reopen it.
    expect(toSearchParams({ ...open, asking: false }).toString()).toBe('');
    expect(fromSearchParams('?ask=', exists).view).toEqual({ ...DEFAULT_VIEW, asking: true });
    expect(fromSearchParams('?ask=%20bank%20', exists).view.question).toBe('bank');
    expect(withView('utm_source=x&ask=old', { ...DEFAULT_VIEW, selectedId: 'center' })).toBe(
      'utm_source=x&office=center',
    );
  });

  it('cuts an overlong question and says so', () => {
    const parsed = fromSearchParams(`?ask=${'loan '.repeat(200)}`, exists);
    expect(parsed.view.question).toHaveLength(MAX_QUESTION_LENGTH);
    expect(parsed.notices).toEqual([
      `The question in the link was cut to its first ${MAX_QUESTION_LENGTH} characters.`,
    ]);
  });
});
