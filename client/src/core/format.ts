import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from './languages';

/** Dates, numbers and country names formatted for the interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language?.slice(0, 2));
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
    const regions = new Intl.DisplayNames([locale], { type: 'region' });
    return {
      locale,
      /** A `LocalDate` (YYYY-MM-DD) or ISO timestamp as a date, without shifting the day. */
      date: (value: string | null | undefined) =>
        value ? date.format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value)) : '',
      dateTime: (value: string | null | undefined) => (value ? dateTime.format(new Date(value)) : ''),
      number: (value: number | null | undefined) => (value == null ? '' : number.format(value)),
      /** `YYYY-MM` as a short month. */
      month: (value: string) => month.format(new Date(`${value}-15T12:00:00Z`)),
      country: (code: string) => {
        try {
          return regions.of(code) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [locale]);
}
