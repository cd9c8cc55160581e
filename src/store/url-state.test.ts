import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, fromSearchParams, toSearchParams, type ViewState } from './url-state.ts';

const known = new Set(['loan-management-office', 'center']);
const exists = (id: string) => known.has(id);

describe('url state', () => {
  it('round-trips every view', () => {
    const views: ViewState[] = [
      DEFAULT_VIEW,
      { selectedId: 'loan-management-office', layout: 'compact' },
      { selectedId: null, layout: 'left-right' },
      { selectedId: 'center', layout: 'top-down' },
    ];
    for (const view of views) {
      const parsed = fromSearchParams(`?${toSearchParams(view).toString()}`, exists);
      expect(parsed).toEqual({ view, notices: [] });
    }
  });

  it('writes readable parameters and leaves defaults out', () => {
    expect(
      toSearchParams({ selectedId: 'loan-management-office', layout: 'top-down' }).toString(),
    ).toBe('office=loan-management-office&layout=top-down');
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe('');
  });

  it('explains an unknown office and shows the whole chart', () => {
    const parsed = fromSearchParams('?office=no-such-office', exists);
    expect(parsed.view).toEqual(DEFAULT_VIEW);
    expect(parsed.notices).toEqual([
      'The link names an office that does not exist here (“no-such-office”), so the whole chart is shown.',
    ]);
  });

  it('survives junk, very long values and bad percent-encoding', () => {
    const long = 'x'.repeat(10_000);
    for (const search of [
      `?office=${long}`,
      '?office=%E0%A4%A',
      '?layout=<script>',
      '?%%%=1&&=',
      `?layout=${long}`,
    ]) {
      const parsed = fromSearchParams(search, exists);
      expect(parsed.view.selectedId).toBeNull();
      expect(parsed.view.layout).toBe('compact');
      for (const notice of parsed.notices) expect(notice.length).toBeLessThan(200);
    }
  });

  it('ignores parameters it does not know', () => {
    expect(fromSearchParams('?utm_source=mail&office=center', exists)).toEqual({
      view: { selectedId: 'center', layout: 'compact' },
      notices: [],
    });
  });
});
