import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../search/match.ts';
import { DEFAULT_VIEW, fromSearchParams, toSearchParams, type ViewState } from './url-state.ts';

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

  it('ignores parameters it does not know', () => {
    expect(fromSearchParams('?utm_source=mail&office=center', exists)).toEqual({
      view: { ...DEFAULT_VIEW, selectedId: 'center' },
      notices: [],
    });
  });
});
