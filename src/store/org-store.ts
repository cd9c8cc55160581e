import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayoutMode } from '../layout/layout-tree.ts';
import type { Organization } from '../model/organization.ts';
import { DEFAULT_VIEW, type ViewState } from './url-state.ts';

export interface OrgState extends ViewState {
  organization: Organization;
  /** Messages for the user about input the app could not use, shown until dismissed. */
  notices: string[];
  select: (id: string | null) => void;
  setLayout: (layout: LayoutMode) => void;
  applyView: (view: ViewState) => void;
  addNotices: (notices: string[]) => void;
  dismissNotice: (index: number) => void;
}

export type OrgStore = StoreApi<OrgState>;

/** Creates a store; each test and each app instance gets its own. */
export function createOrgStore(
  organization: Organization,
  initial: Partial<ViewState> & { notices?: string[] } = {},
): OrgStore {
  return createStore<OrgState>()((set) => ({
    ...DEFAULT_VIEW,
    notices: [],
    ...initial,
    organization,
    select: (selectedId) => set({ selectedId }),
    setLayout: (layout) => set({ layout }),
    applyView: (view) => set(view),
    addNotices: (notices) => set((s) => ({ notices: [...s.notices, ...notices] })),
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
  }));
}

export const OrgStoreContext = createContext<OrgStore | null>(null);

/** Reads from the app's store with a selector; re-renders only when the selected value changes. */
export function useOrgStore<T>(selector: (state: OrgState) => T): T {
  const store = useContext(OrgStoreContext);
  if (!store) throw new Error('useOrgStore needs an OrgStoreContext provider');
  return useStore(store, selector);
}

/** The store itself, for effects that subscribe outside React's render. */
export function useOrgStoreApi(): OrgStore {
  const store = useContext(OrgStoreContext);
  if (!store) throw new Error('useOrgStoreApi needs an OrgStoreContext provider');
  return store;
}
