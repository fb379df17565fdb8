import countries from 'i18n-iso-countries';

/** True for an assigned ISO 3166-1 alpha-2 code, upper case (maintained list: i18n-iso-countries). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** Every assigned ISO 3166-1 alpha-2 code, upper case, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
