import i18n from 'i18next';
import { isUiLanguage, type UiLanguage } from './language-codes';

export { isUiLanguage, LANGUAGES, type UiLanguage } from './language-codes';

/** The BCP 47 locale each interface language formats dates, numbers and names with. */
export const INTL_LOCALES: Record<UiLanguage, string> = {
  en: 'en-GB',
  ru: 'ru-RU',
  tg: 'tg-TJ',
  ka: 'ka-GE',
  fr: 'fr-FR',
};

/** Each language's own name, shown in the switcher whatever the current language. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  ru: 'Русский',
  tg: 'Тоҷикӣ',
  ka: 'ქართული',
  fr: 'Français',
};

/** The current interface language (i18next may hold a region-tagged code). */
export function currentLanguage(): UiLanguage {
  const lang = i18n.language?.slice(0, 2);
  return isUiLanguage(lang) ? lang : 'en';
}

/** The Intl locale of the current interface language. */
export function intlLocale(lang: string = currentLanguage()): string {
  return isUiLanguage(lang) ? INTL_LOCALES[lang] : 'en-GB';
}


const intlKnown = new Map<UiLanguage, boolean>();

/**
 * True when this browser's Intl has data for the language (Chromium has none for Georgian and Tajik). Asked
 * only for those two, once each: every browser's Intl has English, Russian and French, and the first
 * supportedLocalesOf builds the list of every locale the browser has (15 ms here, several times that on a
 * cheap phone), which was the largest single piece of the dashboard's first render.
 */
export function intlKnows(lang: UiLanguage): boolean {
  if (lang !== 'ka' && lang !== 'tg') return true;
  let known = intlKnown.get(lang);
  if (known === undefined) {
    try {
      known =
        Intl.DisplayNames.supportedLocalesOf([INTL_LOCALES[lang]]).length > 0 &&
        Intl.DateTimeFormat.supportedLocalesOf([INTL_LOCALES[lang]]).length > 0;
    } catch {
      known = false;
    }
    intlKnown.set(lang, known);
  }
  return known;
}
