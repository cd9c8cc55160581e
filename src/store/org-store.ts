import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayoutMode } from '../layout/layout-tree.ts';
import type { FunctionMode } from '../search/match.ts';
import { indexOrganization, type Organization } from '../model/organization.ts';
import { ancestorsOf, initialCollapsed } from '../model/tree.ts';
import { mergeNotices, type Notice, type Toast } from './notices.ts';
import { DEFAULT_VIEW, type ViewState } from './url-state.ts';

import type { Theme } from '../palette/theme.ts';

/**
 * A print in progress. The print view draws everything from the store when it renders, so this
 * holds only when the print began (the date printed on it) and who began it.
 */
export interface PrintJob {
  /** When printing began, as an ISO 8601 timestamp. */
  startedAt: string;
  /**
   * `menu`: Export → Print, so the app opens the print dialog once the view is drawn.
   * `browser`: the browser's own Print (Ctrl+P), whose dialog is already opening.
   */
  source: 'menu' | 'browser';
}

/** Where the organisation on screen came from. */
export type OrganizationOrigin = { kind: 'default' } | { kind: 'file'; fileName: string };

export interface OrgState extends ViewState {
  organization: Organization;
  origin: OrganizationOrigin;
  /** The user's chosen theme, or null to follow the system setting. */
  theme: Theme | null;
  /** Units whose children are hidden, in the Outline (and, for large charts, the chart). */
  collapsedIds: readonly string[];
  /** Messages for the user about input the app could not use, shown until dismissed. */
  notices: readonly Notice[];
  /** The message about what the user just did (an export, a copied link), if any. */
  toast: Toast | null;
  printing: PrintJob | null;
  /** Why the file the user last tried to open could not be used (the chart stays as it was). */
  openProblems: OpenProblems | null;
  /** Counts organisations loaded, so the chart starts afresh for each. */
  loads: number;
  select: (id: string | null) => void;
  setLayout: (layout: LayoutMode) => void;
  setQuery: (query: string) => void;
  toggleFunction: (id: string) => void;
  setFunctionMode: (functionMode: FunctionMode) => void;
  setOnlyMatching: (onlyMatching: boolean) => void;
  clearFilters: () => void;
  /** Opens or closes the question box; the last question stays for when it opens again. */
  setAsking: (asking: boolean) => void;
  /** Asks a question in the question box (which opens, if it was closed). */
  ask: (question: string) => void;
  applyView: (view: ViewState) => void;
  setTheme: (theme: Theme | null) => void;
  toggleCollapsed: (id: string, collapsed?: boolean) => void;
  /** Adds messages; repeats are counted, not repeated, and only the newest few are kept. */
  addNotices: (notices: readonly string[]) => void;
  dismissNotice: (text: string) => void;
  dismissAllNotices: () => void;
  showToast: (toast: Toast) => void;
  /** Dismisses the toast; given one, only if it is still the toast showing. */
  dismissToast: (toast?: Toast) => void;
  startPrint: (job: PrintJob) => void;
  endPrint: () => void;
  /** Replaces the organisation (after it passed validation), starting from its overview. */
  loadOrganization: (organization: Organization, origin: OrganizationOrigin) => void;
  setCollapsed: (ids: readonly string[]) => void;
  setOpenProblems: (problems: OpenProblems | null) => void;
}

export interface OpenProblems {
  fileName: string;
  problems: readonly { where: string; message: string }[];
}

export type OrgStore = StoreApi<OrgState>;

export interface InitialState extends Partial<ViewState> {
  notices?: readonly string[];
  theme?: Theme | null;
  origin?: OrganizationOrigin;
}

/** Creates a store; each test and each app instance gets its own. */
export function createOrgStore(organization: Organization, initial: InitialState = {}): OrgStore {
  const index = indexOrganization(organization);
  const open = initial.selectedId ? ancestorsOf(index, [initial.selectedId]) : new Set<string>();
  const collapsedIds = initialCollapsed(index).filter((id) => !open.has(id));
  const { notices = [], ...rest } = initial;
  return createStore<OrgState>()((set) => ({
    ...DEFAULT_VIEW,
    theme: null,
    origin: { kind: 'default' },
    collapsedIds,
    toast: null,
    printing: null,
    openProblems: null,
    loads: 0,
    ...rest,
    notices: mergeNotices([], notices),
    organization,
    select: (selectedId) =>
      set((s) => {
        if (selectedId === null || s.collapsedIds.length === 0) return { selectedId };
        // A unit chosen from the Outline, a link or a filter result must be visible in the chart.
        const path = ancestorsOf(indexOrganization(s.organization), [selectedId]);
        const collapsedIds = s.collapsedIds.filter((id) => !path.has(id));
        return collapsedIds.length === s.collapsedIds.length
          ? { selectedId }
          : { selectedId, collapsedIds };
      }),
    setLayout: (layout) => set({ layout }),
    setQuery: (query) => set({ query }),
    toggleFunction: (id) =>
      set((s) => ({
        functions: s.functions.includes(id)
          ? s.functions.filter((f) => f !== id)
          : [...s.functions, id],
      })),
    setFunctionMode: (functionMode) => set({ functionMode }),
    setOnlyMatching: (onlyMatching) => set({ onlyMatching }),
    clearFilters: () =>
      set({
        query: '',
        functions: [],
        functionMode: DEFAULT_VIEW.functionMode,
        onlyMatching: false,
      }),
    setAsking: (asking) => set({ asking }),
    ask: (question) => set({ asking: true, question: question.trim() }),
    applyView: (view) => set(view),
    setTheme: (theme) => set({ theme }),
    toggleCollapsed: (id, collapsed) =>
      set((s) => {
        const isCollapsed = s.collapsedIds.includes(id);
        const next = collapsed ?? !isCollapsed;
        if (next === isCollapsed) return {};
        return {
          collapsedIds: next ? [...s.collapsedIds, id] : s.collapsedIds.filter((c) => c !== id),
        };
      }),
    addNotices: (incoming) => set((s) => ({ notices: mergeNotices(s.notices, incoming) })),
    dismissNotice: (text) => set((s) => ({ notices: s.notices.filter((n) => n.text !== text) })),
    dismissAllNotices: () => set({ notices: [] }),
    showToast: (toast) => set({ toast }),
    dismissToast: (toast) => set((s) => (toast && s.toast !== toast ? {} : { toast: null })),
    startPrint: (printing) => set({ printing }),
    loadOrganization: (organization, origin) =>
      set((s) => ({
        organization,
        origin,
        selectedId: null,
        openProblems: null,
        loads: s.loads + 1,
        collapsedIds: initialCollapsed(indexOrganization(organization)),
      })),
    setCollapsed: (collapsedIds) => set({ collapsedIds }),
    setOpenProblems: (openProblems) => set({ openProblems }),
    endPrint: () => set({ printing: null }),
  }));
}

export const OrgStoreContext = createContext<OrgStore | null>(null);

/** Reads from the app's store with a selector; re-renders only when the selected value changes. */
export function useOrgStore<T>(selector: (state: OrgState) => T): T {
  return useStore(useOrgStoreApi(), selector);
}

/** The store itself, for effects that subscribe outside React's render. */
export function useOrgStoreApi(): OrgStore {
  const store = useContext(OrgStoreContext);
  if (!store) throw new Error('The store is missing: wrap the app in OrgStoreContext.');
  return store;
}
