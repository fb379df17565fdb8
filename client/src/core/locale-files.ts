// Every feature keeps its strings in locales/<lang>/<namespace>.json, each file its own chunk: a page loads
// the namespaces it uses in the language in use, nothing else. Each file is fetched once, whoever asks first
// (the entry's early start in main.tsx, or i18next's backend in i18n.ts).
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');
const loaded = new Map<string, Promise<Record<string, unknown>>>();

export function loadLocale(lang: string, ns: string): Promise<Record<string, unknown>> {
  const key = `../locales/${lang}/${ns}.json`;
  const load = files[key];
  if (!load) return Promise.resolve({});
  let found = loaded.get(key);
  if (!found) {
    found = load().then((module) => module.default);
    // A failed fetch may be tried again (on a later page), not remembered.
    found.catch(() => loaded.delete(key));
    loaded.set(key, found);
  }
  return found;
}
