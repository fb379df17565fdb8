import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, storeLanguage } from './language-codes';
import { currentLanguage, isUiLanguage, LANGUAGES, type UiLanguage } from './languages';
import { loadLocale } from './locale-files';

export { currentLanguage, intlLocale, isUiLanguage, LANGUAGE_NAMES, LANGUAGES, type UiLanguage } from './languages';
export { initialLanguage } from './language-codes';

// A page loads the namespaces it uses in the language in use (react-i18next suspends it meanwhile), nothing
// else (locale-files.ts); those the entry started fetching early are already on their way.
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lang, ns, callback) {
    loadLocale(lang, ns).then(
      (strings) => callback(null, strings),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/*
 * The language preference lives here and only here (its storage in language-codes.ts): read once at start,
 * written by the switcher.
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
  storeLanguage(lang);
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
  storeLanguage(code);
  void apply(code);
}

/**
 * Resolves once the interface language's strings are loaded, so the first render is never untranslated;
 * `namespaces` adds those the first render needs besides common and shell.
 */
export async function initI18n(lng: UiLanguage = initialLanguage(), namespaces: string[] = []): Promise<typeof i18n> {
  document.documentElement.lang = lng;
  await i18n.use(lazyLocales).use(initReactI18next).init({
    lng,
    supportedLngs: [...LANGUAGES],
    ns: ['common', 'shell', ...namespaces],
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
