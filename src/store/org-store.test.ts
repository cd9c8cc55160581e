import { describe, expect, it, vi } from 'vitest';
import type { Organization } from '../model/organization.ts';
import { createOrgStore } from './org-store.ts';
import { selectIndex, selectSelectedOffice } from './selectors.ts';

const org: Organization = {
  name: 'Org',
  attribution: { title: 'Org' },
  root: {
    id: 'root',
    name: 'Org',
    duties: [],
    missingNumbers: [],
    children: [
      { id: 'a', name: 'A', duties: [{ number: 1, text: 'x' }], missingNumbers: [], children: [] },
    ],
  },
};

describe('org store', () => {
  it('starts from the defaults and the given view', () => {
    const store = createOrgStore(org, { selectedId: 'a' });
    expect(store.getState()).toMatchObject({ selectedId: 'a', layout: 'compact', theme: null });
    expect(selectSelectedOffice(store.getState())?.name).toBe('A');
  });

  it('selects, clears and changes layout', () => {
    const store = createOrgStore(org);
    store.getState().select('a');
    store.getState().setLayout('left-right');
    expect(store.getState()).toMatchObject({ selectedId: 'a', layout: 'left-right' });
    store.getState().select(null);
    expect(selectSelectedOffice(store.getState())).toBeNull();
  });

  it('points at a duty with a selection, and forgets it when the selection moves', () => {
    const store = createOrgStore(org);
    store.getState().select('a', 1);
    expect(store.getState()).toMatchObject({ selectedId: 'a', dutyNumber: 1 });
    store.getState().select('root');
    expect(store.getState()).toMatchObject({ selectedId: 'root', dutyNumber: null });
    store.getState().select('a', 1);
    store.getState().select(null, 1);
    expect(store.getState()).toMatchObject({ selectedId: null, dutyNumber: null });
  });

  it('shows one unit with one function on the chart, opening the branch above it', () => {
    const deep: Organization = {
      ...org,
      root: {
        ...org.root,
        children: [
          {
            ...org.root.children[0]!,
            children: [{ ...org.root.children[0]!, id: 'b', children: [] }],
          },
        ],
      },
    };
    const store = createOrgStore(deep, {
      viewMode: 'matrix',
      query: 'x',
      functions: ['risk', 'audit'],
    });
    store.getState().setCollapsed(['a']);
    store.getState().select('a', 1);
    store.getState().showFunctionOfUnit('b', 'loans');
    expect(store.getState()).toMatchObject({
      viewMode: 'chart',
      selectedId: 'b',
      dutyNumber: null,
      functions: ['loans'],
      query: 'x',
      collapsedIds: [],
    });
    store.getState().setViewMode('matrix');
    expect(store.getState().viewMode).toBe('matrix');
    // A unit is looked at on the chart: selecting one from the table (or the Outline) shows it.
    store.getState().select(null);
    expect(store.getState().viewMode).toBe('matrix');
    store.getState().select('a', 1);
    expect(store.getState()).toMatchObject({ viewMode: 'chart', selectedId: 'a', dutyNumber: 1 });
  });

  it('opens the question box, asks, and keeps the question when the box closes', () => {
    const store = createOrgStore(org);
    store.getState().setAsking(true);
    expect(store.getState()).toMatchObject({ asking: true, question: '' });
    store.getState().ask('  Who approves loans? ');
    expect(store.getState()).toMatchObject({ asking: true, question: 'Who approves loans?' });
    store.getState().setAsking(false);
    expect(store.getState()).toMatchObject({ asking: false, question: 'Who approves loans?' });
    store.getState().ask('bank');
    expect(store.getState()).toMatchObject({ asking: true, question: 'bank' });
  });

  it('toggles collapsed units and keeps the list free of duplicates', () => {
    const store = createOrgStore(org);
    store.getState().toggleCollapsed('root');
    store.getState().toggleCollapsed('root', true);
    expect(store.getState().collapsedIds).toEqual(['root']);
    store.getState().toggleCollapsed('root');
    expect(store.getState().collapsedIds).toEqual([]);
  });

  it('adds and dismisses notices', () => {
    const store = createOrgStore(org, { notices: ['one'] });
    store.getState().addNotices(['two', 'three']);
    store.getState().dismissNotice('two');
    expect(store.getState().notices.map((n) => n.text)).toEqual(['one', 'three']);
    store.getState().dismissAllNotices();
    expect(store.getState().notices).toEqual([]);
  });

  it('merges repeated notices and caps them, however many arrive', () => {
    const store = createOrgStore(org);
    // As when each Back/Forward step lands on a link naming an office of another organisation.
    for (let i = 0; i < 75; i++) store.getState().addNotices(['The link names an office…']);
    expect(store.getState().notices).toEqual([{ text: 'The link names an office…', count: 75 }]);
    store.getState().addNotices(Array.from({ length: 20 }, (_, i) => `other ${i}`));
    expect(store.getState().notices.length).toBeLessThanOrEqual(5);
  });

  it('shows one toast at a time; a late dismissal leaves a newer toast alone', () => {
    const store = createOrgStore(org);
    const first = { kind: 'done', text: 'Downloaded a.png.', topic: 'export' } as const;
    const second = { kind: 'error', text: 'Export failed.', topic: 'export' } as const;
    store.getState().showToast(first);
    store.getState().showToast(second);
    store.getState().dismissToast(first);
    expect(store.getState().toast).toBe(second);
    store.getState().dismissToast();
    expect(store.getState().toast).toBeNull();
  });

  it('keeps printing as plain data: no blob URL, nothing to free when it ends', () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    try {
      const store = createOrgStore(org);
      const job = { startedAt: '2026-12-02T10:00:00.000Z', source: 'browser' } as const;
      store.getState().startPrint(job);
      expect(JSON.parse(JSON.stringify(store.getState().printing))).toEqual(job);
      store.getState().endPrint();
      expect(store.getState().printing).toBeNull();
      expect(revoke).not.toHaveBeenCalled();
    } finally {
      revoke.mockRestore();
    }
  });

  it('builds the index once per organisation', () => {
    const store = createOrgStore(org);
    expect(selectIndex(store.getState())).toBe(selectIndex(store.getState()));
  });
});

describe('filters in the store', () => {
  it('toggles functions, sets the query and clears everything', () => {
    const store = createOrgStore(org, { selectedId: 'a' });
    store.getState().toggleFunction('audit');
    store.getState().toggleFunction('loans');
    store.getState().toggleFunction('audit');
    store.getState().setQuery('risk');
    store.getState().setOnlyMatching(true);
    expect(store.getState()).toMatchObject({
      functions: ['loans'],
      query: 'risk',
      onlyMatching: true,
    });
    store.getState().clearFilters();
    expect(store.getState()).toMatchObject({
      functions: [],
      query: '',
      onlyMatching: false,
      selectedId: 'a',
    });
  });

  it('sets how functions combine, starts from "any of" and clears back to it', () => {
    const store = createOrgStore(org);
    expect(store.getState().functionMode).toBe('any');
    store.getState().setFunctionMode('all');
    expect(store.getState().functionMode).toBe('all');
    store.getState().clearFilters();
    expect(store.getState().functionMode).toBe('any');
    expect(createOrgStore(org, { functionMode: 'all' }).getState().functionMode).toBe('all');
  });
});
