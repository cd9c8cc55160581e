import { useEffect } from 'react';
import { useOrgStoreApi } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import { fromSearchParams, viewOf, withView, type ViewState } from '../store/url-state.ts';

/**
 * Keeps the URL in step with the view: a new selection is a history entry (so back and forward
 * walk through it), other changes replace the current entry. Until `enabled`, the address is
 * left as it is (a prerendered page applies the link's view only once its chart is interactive).
 */
export function useUrlSync(enabled = true) {
  const store = useOrgStoreApi();
  useEffect(() => {
    if (!enabled) return;
    const write = (view: ViewState, push: boolean) => {
      // Parameters that are not ours (a campaign's utm_source…) stay in the address as they were.
      const query = withView(window.location.search, view);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
        return;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    write(viewOf(store.getState()), false);
    const unsubscribe = store.subscribe((state, previous) => {
      const view = viewOf(state);
      const old = viewOf(previous);
      const changed = (Object.keys(view) as (keyof ViewState)[]).some(
        (key) => view[key] !== old[key],
      );
      if (!changed) return;
      write(view, view.selectedId !== old.selectedId);
    });
    const onPopState = () => {
      const state = store.getState();
      const index = selectIndex(state);
      const { view, notices } = fromSearchParams(window.location.search, (id) =>
        index.byId.has(id),
      );
      state.applyView(view);
      if (notices.length > 0) state.addNotices(notices);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store, enabled]);
}
