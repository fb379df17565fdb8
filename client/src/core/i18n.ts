import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'coalition.lang';

// Every feature keeps its strings in locales/<lang>/<namespace>.json; all are bundled (they are small).
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });

function buildResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    resources[lang] ??= {};
    resources[lang][ns] = module.default;
  }
  return resources;
}

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

export function setLanguage(lang: UiLanguage): void {
  localStorage.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function initI18n(): typeof i18n {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  void i18n.use(initReactI18next).init({
    resources: buildResources(),
    lng,
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
