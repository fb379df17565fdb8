import { registerSW } from 'virtual:pwa-register';

/**
 * The app shell (page, scripts, styles) is kept by a service worker, so the interface opens without a
 * network; data still needs one. A new build replaces the old shell on the next load.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
