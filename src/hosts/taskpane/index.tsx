/**
 * Task pane entry (Excel, Outlook, plain browser): waits for Office when office.js is present
 * (bounded, so a browser without Office still renders as host "browser"), decides host, mode,
 * language and theme with the pure functions of host-context.ts, connects to Graph or the local
 * emulator (data/browser-repositories.ts), then renders the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { errorMessage } from '../../i18n';
import { App, DARK_QUERY } from './app';
import { DataProvider } from './data/data-context';
import { ErrorBoundary } from './error-boundary';
import { detectHostContext, pickLocale, pickThemeMode } from './host-context';
import { officeGlobal, readOfficeFacts, waitForOffice } from './office-host';

async function start(container: HTMLElement): Promise<void> {
  const office = officeGlobal();
  const facts = readOfficeFacts(office, await waitForOffice(office));
  const url = new URL(window.location.href);
  const context = detectHostContext(facts.info, facts.mailboxItem, url);
  const locale = pickLocale({
    query: url.searchParams.get('lang'),
    officeDisplayLanguage: facts.displayLanguage,
    navigatorLanguage: navigator.language,
  });
  const prefersDark = typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
  document.documentElement.lang = locale;
  // The Graph pipeline and repositories (with MSAL for a real tenant) load in their own chunk.
  const { connectBrowser } = await import('./data/browser-repositories');
  const data = await connectBrowser(url, (input, init) => fetch(input, init));

  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary locale={locale} code="UI.APP_FAILED">
        <DataProvider value={data}>
          <App
            context={context}
            locale={locale}
            themeMode={pickThemeMode(facts.officeTheme, prefersDark)}
            followSystemTheme={facts.officeTheme === undefined}
          />
        </DataProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container !== null) {
  start(container).catch((error: unknown) => {
    console.error('[Relaciones] UI.APP_FAILED', error);
    container.textContent = errorMessage('UI.APP_FAILED');
  });
}
