import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { AppThemeProvider } from './core/app-theme';
import { initI18n } from './core/i18n';
import type { UiLanguage } from './core/language-codes';
import { registerServiceWorker } from './core/service-worker';
import { SessionProvider } from './core/session';
import { OfflineBanner } from './layout/offline-banner';
import { DASHBOARD, isSignedInPath } from './route-prefetch';

/**
 * Starts downloading the signed-in shell and the page's chunk beside the session and the strings; app.tsx's
 * lazy() then finds them loaded. Here and not in the entry: a dynamic import there would make Rollup split
 * what this chunk shares with them into more, smaller chunks.
 */
function prefetchPageChunks(path: string): void {
  if (!isSignedInPath(path)) return;
  void import('./core/apollo-boundary').catch(() => undefined);
  void import('./layout/app-layout').catch(() => undefined);
  if (DASHBOARD.test(path)) void import('./features/dashboard/dashboard-page').catch(() => undefined);
}

/** React, Mantine and the sign-in page: loaded by the entry (main.tsx), preloaded from index.html. */
export async function boot(lang: UiLanguage, path: string): Promise<void> {
  prefetchPageChunks(path);
  registerServiceWorker();
  await initI18n(lang);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // A transition lets React yield to the browser every few milliseconds while it builds the first page,
  // instead of one long task that blocks input on a slow phone.
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppThemeProvider>
          <OfflineBanner />
          <SessionProvider>
            <App />
          </SessionProvider>
        </AppThemeProvider>
      </StrictMode>,
    ),
  );
}
