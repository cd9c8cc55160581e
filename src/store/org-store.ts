import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayoutMode } from '../layout/layout-tree.ts';
import type { FunctionMode } from '../search/match.ts';
import { indexOrganization, type Organization } from '../model/organization.ts';
import { ancestorsOf, CHILDREN_PAGE, initialCollapsed, pageLimit } from '../model/tree.ts';
import { mergeNotices, type Notice, type Toast } from './notices.ts';
import { DEFAULT_VIEW, type ViewMode, type ViewState } from './url-state.ts';

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

/** What opening a file is doing: shown as a progress bar with a way to cancel. */
export interface OpeningProgress {
  fileName: string;
  /** `reading` the file (or the copy kept in this browser), `checking` it, `indexing` it for the filter, `drawing` the chart. */
  phase: 'reading' | 'checking' | 'indexing' | 'drawing';
  /** How far the whole opening has got, from 0 to 1. */
  fraction: number;
  /** While reading a file: bytes read so far, and the file's size. */
  bytesRead?: number;
  totalBytes?: number;
}

/** Where the organisation on screen came from. */
export type OrganizationOrigin =
  | { kind: 'default' }
  /** `recentId`: the organisation's entry under "Recent", once it is kept in this browser. */
  | { kind: 'file'; fileName: string; recentId?: string };

export interface OrgState extends ViewState {
  organization: Organization;
  origin: OrganizationOrigin;
  /** The user's chosen theme, or null to follow the system setting. */
  theme: Theme | null;
  /** Units whose children are hidden, in the Outline (and, for large charts, the chart). */
  collapsedIds: readonly string[];
  /**
   * How many children the chart shows of each large sibling group the user asked to see more of
   * (others show their first page; see `CHILDREN_PAGE`).
   */
  childPages: Readonly<Record<string, number>>;
  /** Messages for the user about input the app could not use, shown until dismissed. */
  notices: readonly Notice[];
  /** The message about what the user just did (an export, a copied link), if any. */
  toast: Toast | null;
  /**
   * A new version of the app is installed and waits for the user's Reload (the prompt shows while
   * no other toast does; dismissing it leaves the update for the next visit).
   */
  updateReady: boolean;
  printing: PrintJob | null;
  /** How printing lays out the chart: on one page, or as a poster of legible pages. */
  printLayout: 'fit' | 'poster';
  setPrintLayout: (layout: 'fit' | 'poster') => void;
  /** Why the file the user last tried to open could not be used (the chart stays as it was). */
  openProblems: OpenProblems | null;
  /**
   * A stored organisation start-up did not open because the app failed while showing it last
   * time (see `platform/start-guard.ts`); the user may try it again.
   */
  skippedStoredFile: string | null;
  setSkippedStoredFile: (fileName: string | null) => void;
  /** Counts organisations loaded, so the chart starts afresh for each. */
  loads: number;
  /**
   * Selects a unit (null for none), optionally pointing at one of its duties by number. A unit is
   * looked at on the chart, so selecting one from the functions table, the Outline or a link
   * shows the chart.
   */
  select: (id: string | null, dutyNumber?: number | null) => void;
  setViewMode: (viewMode: ViewMode) => void;
  /**
   * From the functions table: the chart, with one unit selected and one function filtered, so
   * the unit's duties in that function are marked (the typed filter stays as it was).
   */
  showFunctionOfUnit: (unitId: string, functionId: string) => void;
  /** The file being opened, while it is. */
  opening: OpeningProgress | null;
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
  setUpdateReady: (updateReady: boolean) => void;
  startPrint: (job: PrintJob) => void;
  endPrint: () => void;
  /** Replaces the organisation (after it passed validation), starting from its overview. */
  loadOrganization: (organization: Organization, origin: OrganizationOrigin) => void;
  setCollapsed: (ids: readonly string[]) => void;
  /** Shows the next page of a large sibling group in the chart. */
  showMoreChildren: (parentId: string) => void;
  setOpenProblems: (problems: OpenProblems | null) => void;
  setOpening: (opening: OpeningProgress | null) => void;
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
  skippedStoredFile?: string | null;
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
    childPages: {},
    toast: null,
    updateReady: false,
    printing: null,
    printLayout: 'fit',
    openProblems: null,
    skippedStoredFile: null,
    loads: 0,
    opening: null,
    ...rest,
    notices: mergeNotices([], notices),
    organization,
    select: (selectedId, dutyNumber = null) =>
      set((s) => selection(s, selectedId, selectedId === null ? null : dutyNumber)),
    setViewMode: (viewMode) => set({ viewMode }),
    showFunctionOfUnit: (unitId, functionId) =>
      set((s) => ({ ...selection(s, unitId, null), functions: [functionId] })),
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
    setUpdateReady: (updateReady) => set({ updateReady }),
    startPrint: (printing) => set({ printing }),
    setPrintLayout: (printLayout) => set({ printLayout }),
    loadOrganization: (organization, origin) =>
      set((s) => ({
        organization,
        origin,
        selectedId: null,
        dutyNumber: null,
        openProblems: null,
        loads: s.loads + 1,
        childPages: {},
        collapsedIds: initialCollapsed(indexOrganization(organization)),
      })),
    setCollapsed: (collapsedIds) => set({ collapsedIds }),
    showMoreChildren: (parentId) =>
      set((s) => {
        const total = indexOrganization(s.organization).byId.get(parentId)?.children.length ?? 0;
        const shown = pageLimit(total, s.childPages[parentId]);
        if (shown >= total) return {};
        return { childPages: { ...s.childPages, [parentId]: shown + CHILDREN_PAGE } };
      }),
    setOpenProblems: (openProblems) => set({ openProblems }),
    setOpening: (opening) => set({ opening }),
    setSkippedStoredFile: (skippedStoredFile) => set({ skippedStoredFile }),
    endPrint: () => set({ printing: null }),
  }));
}

/**
 * The state change that selects a unit: a unit chosen from the Outline, a link, the functions
 * table or a filter result must be visible in the chart, so the branches above it open.
 */
function selection(
  s: OrgState,
  selectedId: string | null,
  dutyNumber: number | null,
): Partial<OrgState> {
  if (selectedId === null) return { selectedId, dutyNumber };
  const chosen: Partial<OrgState> = { selectedId, dutyNumber, viewMode: 'chart' };
  if (s.collapsedIds.length === 0) return chosen;
  const path = ancestorsOf(indexOrganization(s.organization), [selectedId]);
  const collapsedIds = s.collapsedIds.filter((id) => !path.has(id));
  return collapsedIds.length === s.collapsedIds.length ? chosen : { ...chosen, collapsedIds };
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
