/**
 * The interface languages and the choice made before anything renders. Nothing here imports i18next: the
 * entry module (main.tsx) reads the language to start fetching its strings while the rest downloads.
 */

/** Interface languages; Tajik is written in Cyrillic. */
export const LANGUAGES = ['en', 'ru', 'tg', 'ka', 'fr'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'coalition.lang';

export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return !!value && (LANGUAGES as readonly string[]).includes(value);
}

export function storeLanguage(lang: UiLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this page only.
  }
}

function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** `?lang=ru` wins and is remembered; then the remembered choice; then the browser's languages. */
export function initialLanguage(): UiLanguage {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isUiLanguage(fromUrl)) {
    // Nobody is signed in yet at start, so there is no account to save it for (i18n.ts rememberLanguage).
    storeLanguage(fromUrl);
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
