import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { AppThemeProvider } from './core/app-theme';
import { initI18n } from './core/i18n';
import type { UiLanguage } from './core/language-codes';
import { registerServiceWorker } from './core/service-worker';
import { SessionProvider } from './core/session';
import { OfflineBanner } from './layout/offline-banner';
import { DASHBOARD, isSignedInPath, markFirstPaint } from './route-prefetch';

/**
 * Starts downloading the signed-in shell and the page's chunk, once the shell's frame is drawn (Apollo's chunk
 * is asked for then by app.tsx itself); app.tsx's lazy() then finds them loaded or on their way. Here and not
 * in the entry: a dynamic import there would make Rollup split what this chunk shares with them into more,
 * smaller chunks.
 */
function prefetchPageChunks(path: string): void {
  if (!isSignedInPath(path)) return;
  // Each import adds a <link rel="modulepreload"> per chunk it needs, and each starts a download there and
  // then (~1 ms apiece on this machine): one task per import keeps each short on a slow phone.
  const imports = [
    () => import('./layout/app-layout'),
    ...(DASHBOARD.test(path) ? [() => import('./features/dashboard/dashboard-page')] : []),
  ];
  for (const load of imports) setTimeout(() => void load().catch(() => undefined), 0);
}

/** React, Mantine and the sign-in page: loaded by the entry (main.tsx), preloaded from index.html. */
export async function boot(lang: UiLanguage, path: string): Promise<void> {
  registerServiceWorker();
  // The dashboard's heading is drawn with the shell's frame, the first render (layout/shell-frame.tsx).
  await initI18n(lang, DASHBOARD.test(path) ? ['dashboard'] : []);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const render = () =>
    root.render(
      <StrictMode>
        <AppThemeProvider>
          <OfflineBanner />
          <SessionProvider>
            <App />
          </SessionProvider>
        </AppThemeProvider>
      </StrictMode>,
    );
  if (isSignedInPath(path)) {
    // A signed-in page: its first render is the shell's frame with the page's heading (layout/shell-frame.tsx,
    // the fallback while Apollo, the shell and the page load), which needs nothing more than the sign-in
    // page, in one short task; the session is asked for meanwhile. Only once it is on the screen are the
    // shell's, Apollo's and the page's chunks asked for (firstPaint), or each one arriving before the first
    // paint would be run first and push it back.
    flushSync(render);
    afterPaint(() => {
      markFirstPaint();
      prefetchPageChunks(path);
    });
  } else {
    // The sign-in page renders in a transition, so React builds it in slices of a few milliseconds instead
    // of one long task that blocks input on a slow phone.
    startTransition(render);
    afterPaint(markFirstPaint);
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
