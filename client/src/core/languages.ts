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


/** True when this browser's Intl has data for the language (Chromium has none for Georgian and Tajik). */
export function intlKnows(lang: UiLanguage): boolean {
  try {
    return Intl.DisplayNames.supportedLocalesOf([INTL_LOCALES[lang]]).length > 0 && Intl.DateTimeFormat.supportedLocalesOf([INTL_LOCALES[lang]]).length > 0;
  } catch {
    return false;
  }
}
