import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'coalition.lang';

// Every feature keeps its strings in locales/<lang>/<namespace>.json, each file its own chunk: a page loads
// the namespaces it uses in the language in use (react-i18next suspends it meanwhile), nothing else.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lang, ns, callback) {
    const load = files[`../locales/${lang}/${ns}.json`];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return !!value && (LANGUAGES as readonly string[]).includes(value);
}

/** `?lang=ru` wins and is remembered; then the remembered choice; then the browser's language. */
export function initialLanguage(): UiLanguage {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isUiLanguage(fromUrl)) {
    localStorage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isUiLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isUiLanguage(browser) ? browser : 'en';
}

export async function setLanguage(lang: UiLanguage): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** Resolves once the interface language's strings are loaded, so the first render is never untranslated. */
export async function initI18n(): Promise<typeof i18n> {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  await i18n.use(lazyLocales).use(initReactI18next).init({
    lng,
    ns: ['common', 'shell'],
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
