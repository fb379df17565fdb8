import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { currentLanguage, isUiLanguage, LANGUAGES, type UiLanguage } from './languages';

export { currentLanguage, intlLocale, isUiLanguage, LANGUAGE_NAMES, LANGUAGES, type UiLanguage } from './languages';

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

/*
 * The language preference lives here and only here: read once at start, written by the switcher.
 * It is remembered in this browser (localStorage). When accounts carry a language (the notification
 * preferences' `language`), `rememberLanguage` is the one place that also saves it for the account, and
 * `adoptAccountLanguage` the one place the signed-in account's choice is applied.
 */
type AccountLanguageSaver = (lang: UiLanguage) => void;
let accountSaver: AccountLanguageSaver | null = null;

/** The signed-in shell registers how to save a choice for the account (null when signed out). */
export function setAccountLanguageSaver(saver: AccountLanguageSaver | null): void {
  accountSaver = saver;
}

function rememberLanguage(lang: UiLanguage): void {
  accountSaver?.(lang);
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

async function apply(lang: UiLanguage): Promise<void> {
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** The user chose a language: use it now and remember it. */
export async function setLanguage(lang: UiLanguage): Promise<void> {
  rememberLanguage(lang);
  await apply(lang);
}

/** A language saved for the account (once accounts carry one) replaces the browser's remembered choice. */
export function adoptAccountLanguage(lang: string | null | undefined): void {
  const code = lang?.toLowerCase();
  if (!isUiLanguage(code) || code === currentLanguage()) return;
  // Not rememberLanguage: saving the account's own language back to it would be a needless write.
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // As in rememberLanguage.
  }
  void apply(code);
}

/** Resolves once the interface language's strings are loaded, so the first render is never untranslated. */
export async function initI18n(): Promise<typeof i18n> {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  await i18n.use(lazyLocales).use(initReactI18next).init({
    lng,
    supportedLngs: [...LANGUAGES],
    ns: ['common', 'shell'],
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
