import '@xyflow/react/dist/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { applyTheme, readStoredTheme, systemTheme } from './app/theme.ts';
import { loadShanghaiCenter } from './data/shanghai.ts';
import { indexOrganization } from './model/organization.ts';
import { createOrgStore, OrgStoreContext } from './store/org-store.ts';
import { fromSearchParams } from './store/url-state.ts';

const theme = readStoredTheme();
// Before the first paint, so a dark-theme user never sees a light flash.
applyTheme(theme ?? systemTheme());

const organization = loadShanghaiCenter();
const index = indexOrganization(organization);
const { view, notices } = fromSearchParams(window.location.search, (id) => index.byId.has(id));
const store = createOrgStore(organization, { ...view, notices, theme });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OrgStoreContext value={store}>
      <App />
    </OrgStoreContext>
  </StrictMode>,
);
