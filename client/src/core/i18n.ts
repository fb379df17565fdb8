import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { currentLanguage, isUiLanguage, LANGUAGES, type UiLanguage } from './languages';

export { currentLanguage, intlLocale, isUiLanguage, LANGUAGE_NAMES, LANGUAGES, type UiLanguage } from './languages';

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

/*
 * The language preference lives here and only here: read once at start, written by the switcher.
 * It is remembered in this browser (localStorage). When accounts carry a language (the notification
 * preferences' `language`), `rememberLanguage` is the one place that also saves it for the account, and
 * `adoptAccountLanguage` the one place the signed-in account's choice is applied.
 */
function rememberLanguage(lang: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this page only.
  }
}

function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** `?lang=ru` wins and is remembered; then the remembered choice; then the browser's languages. */
export function initialLanguage(): UiLanguage {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isUiLanguage(fromUrl)) {
    rememberLanguage(fromUrl);
    return fromUrl;
  }
  const stored = rememberedLanguage();
  if (isUiLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const browser = tag.slice(0, 2);
    if (isUiLanguage(browser)) return browser;
  }
  return 'en';
}

function apply(lang: UiLanguage): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** The user chose a language: use it now and remember it. */
export function setLanguage(lang: UiLanguage): void {
  rememberLanguage(lang);
  apply(lang);
}

/** A language saved for the account (once accounts carry one) replaces the browser's remembered choice. */
export function adoptAccountLanguage(lang: string | null | undefined): void {
  const code = lang?.toLowerCase();
  if (!isUiLanguage(code) || code === currentLanguage()) return;
  rememberLanguage(code);
  apply(code);
}

export function initI18n(): typeof i18n {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  void i18n.use(initReactI18next).init({
    resources: buildResources(),
    lng,
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
