import { StrictMode, startTransition, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { AppThemeProvider } from './core/app-theme';
import { initI18n } from './core/i18n';
import type { UiLanguage } from './core/language-codes';
import { registerServiceWorker } from './core/service-worker';
import { SessionProvider } from './core/session';
import { OfflineBanner } from './layout/offline-banner';
import { ShellFrame } from './layout/shell-frame';
import { DASHBOARD, isSignedInPath } from './route-prefetch';

/**
 * Starts downloading the signed-in shell and the page's chunk together, once the shell's frame is drawn;
 * app.tsx's lazy() then finds them loaded or on their way. Here and not in the entry: a dynamic import there
 * would make Rollup split what this chunk shares with them into more, smaller chunks.
 */
function prefetchPageChunks(path: string): void {
  if (!isSignedInPath(path)) return;
  void import('./core/apollo-boundary').catch(() => undefined);
  void import('./layout/app-layout').catch(() => undefined);
  if (DASHBOARD.test(path)) void import('./features/dashboard/dashboard-page').catch(() => undefined);
}

/** React, Mantine and the sign-in page: loaded by the entry (main.tsx), preloaded from index.html. */
export async function boot(lang: UiLanguage, path: string): Promise<void> {
  registerServiceWorker();
  // The dashboard's heading is drawn with the shell's frame, the first render (layout/shell-frame.tsx).
  await initI18n(lang, DASHBOARD.test(path) ? ['dashboard'] : []);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const render = (content: ReactNode) =>
    root.render(
      <StrictMode>
        <AppThemeProvider>
          <OfflineBanner />
          <SessionProvider>{content}</SessionProvider>
        </AppThemeProvider>
      </StrictMode>,
    );
  if (isSignedInPath(path)) {
    // A signed-in page: first the shell's frame with the page's heading (layout/shell-frame.tsx), which needs
    // nothing more than the sign-in page, in one short task; the session is asked for meanwhile. Only once it
    // is on the screen are the shell's, Apollo's and the page's chunks asked for, or each one arriving
    // before the first paint would be run first and push it back. The application then renders with the
    // frame as its fallback until they are in.
    flushSync(() => render(<ShellFrame pathname={path} />));
    afterPaint(() => {
      prefetchPageChunks(path);
      render(<App />);
    });
  } else {
    // The sign-in page renders in a transition, so React builds it in slices of a few milliseconds instead
    // of one long task that blocks input on a slow phone.
    startTransition(() => render(<App />));
  }
}

/** After the next frame is painted; a hidden tab paints no frame, so at the latest after 100 ms. */
function afterPaint(callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
