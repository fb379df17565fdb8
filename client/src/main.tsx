import './core/zod-jitless';
import '@mantine/core/styles.css';
import './layout/layout.css';
import { initialLanguage } from './core/language-codes';
import { loadLocale } from './core/locale-files';
import { startMe } from './core/me-query';
import { isSignedInPath, pageNamespaces } from './route-prefetch';

/*
 * The entry is small on purpose: while React and Mantine (boot.tsx, preloaded from index.html by
 * client/vite.config.ts) download, it starts what the first page waits for: the strings of the interface
 * language and of the page, and who is signed in. Each would otherwise wait for the script before it.
 */
const lang = initialLanguage();
document.documentElement.lang = lang;
startMe();
const path = window.location.pathname;
for (const ns of ['common', 'shell', ...(isSignedInPath(path) ? pageNamespaces(path) : [])]) {
  void loadLocale(lang, ns).catch(() => undefined);
}

// A page's first Intl.DateTimeFormat loads the time zone and calendar data: ~30 ms here, four times that on a
// slow phone, which fell in the middle of the signed-in shell's first render (its formats, core/format.ts).
// Done now, while the scripts download and the main thread waits, it costs that render nothing.
setTimeout(() => new Intl.DateTimeFormat(lang), 0);

void import('./boot').then((module) => module.boot(lang, path));
