import { registerSW } from 'virtual:pwa-register';

/** How long after the page's load event the service worker is installed (see below). */
const AFTER_LOAD_MS = 3000;

/**
 * The app shell (page, scripts, styles) is kept by a service worker, so the interface opens without a
 * network; data still needs one. A new build replaces the old shell on the next load.
 *
 * Installed only once the first page has settled: installing downloads and stores every script of the
 * application (~140 files), which on a first visit competed with the page's own scripts and answers for the
 * network and the phone's processor (on the dashboard, a fifth of its main-thread time). The shell is needed
 * only on a later visit without a network, so nothing is lost by waiting.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => void registerSW({ immediate: true });
  const afterLoad = () =>
    window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: AFTER_LOAD_MS });
      else register();
    }, AFTER_LOAD_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
