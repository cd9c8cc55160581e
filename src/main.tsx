import '@xyflow/react/dist/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { StartupScreen } from './app/StartupScreen.tsx';
import { applyTheme, readStoredTheme, systemTheme } from './platform/theme.ts';
import { cardCssVariables } from './layout/card-metrics.ts';
import { indexOrganization } from './model/organization.ts';
import { initialOrganization, type Start } from './platform/startup.ts';
import { createOrgStore, OrgStoreContext } from './store/org-store.ts';
import { fromSearchParams } from './store/url-state.ts';

const theme = readStoredTheme();
// Before the first paint, so a dark-theme user never sees a light flash.
applyTheme(theme ?? systemTheme());
// The cards' measurements live in one module the export draws with too; the CSS reads them here.
for (const [name, value] of Object.entries(cardCssVariables())) {
  document.documentElement.style.setProperty(name, value);
}

const root = createRoot(document.getElementById('root')!);

function start({ organization, origin, notices: startNotices }: Start) {
  const index = indexOrganization(organization);
  const { view, notices } = fromSearchParams(window.location.search, (id) => index.byId.has(id));
  const store = createOrgStore(organization, {
    ...view,
    notices: [...startNotices, ...notices],
    theme,
    origin,
  });
  root.render(
    <StrictMode>
      <OrgStoreContext value={store}>
        <App />
      </OrgStoreContext>
    </StrictMode>,
  );
}

function boot() {
  root.render(<StartupScreen />);
  initialOrganization((opening) => root.render(<StartupScreen opening={opening} />)).then(
    start,
    (error: unknown) =>
      root.render(
        <StartupScreen
          error={error instanceof Error ? error.message : String(error)}
          onRetry={boot}
        />,
      ),
  );
}

boot();
