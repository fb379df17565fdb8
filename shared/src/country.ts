import countries from 'i18n-iso-countries';
import georgian from 'i18n-iso-countries/langs/ka.json';
import tajik from 'i18n-iso-countries/langs/tg.json';

// Browsers' Intl data often lacks Georgian and Tajik (Chromium names countries in English for `ka` and `tg`).
countries.registerLocale(georgian);
countries.registerLocale(tajik);

/** True for an assigned ISO 3166-1 alpha-2 code, upper case (maintained list: i18n-iso-countries). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** Every assigned ISO 3166-1 alpha-2 code, upper case, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

/** A country's name in Georgian (`ka`) or Tajik (`tg`) from the maintained list, for when Intl has no such data. */
export function countryNameIn(code: string, language: 'ka' | 'tg'): string | undefined {
  return countries.getName(code, language) || undefined;
}
