import { countryNameIn } from '@coalition/shared';
import { useTranslation } from 'react-i18next';
import { intlKnows, intlLocale, isUiLanguage, type UiLanguage } from './languages';

/** Country names in the interface language: Intl's, or the maintained list's where this browser has no Intl data. */
export function countryNamer(lang: UiLanguage): (code: string) => string {
  const regions = new Intl.DisplayNames([intlLocale(lang)], { type: 'region' });
  const fallback = (lang === 'ka' || lang === 'tg') && !intlKnows(lang) ? lang : null;
  return (code: string) => {
    try {
      return (fallback && countryNameIn(code, fallback)) || regions.of(code) || code;
    } catch {
      return code;
    }
  };
}

/** A value built on its first use and kept. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/**
 * Dates, numbers and country names of one language. Intl's formatters are costly to build (each loads the
 * language's data), so each language's are built once and shared by every component, not once per component
 * that formats (a dashboard has a dozen); and each on its first use, so that a component rendered at start that
 * formats only numbers (or, like the app bar's bell, only once opened) does not build the others then.
 */
function makeFormat(lang: UiLanguage) {
  // Without Intl data for the language (Georgian, Tajik in Chromium) dates are written in figures, as
  // day.month.year like both countries write them, rather than with English month names.
  // intlKnows keeps its answer per language, and asks Intl only for Georgian and Tajik.
  const known = () => intlKnows(lang);
  const locale = () => (known() ? intlLocale(lang) : 'ru-RU');
  const date = once(
    () =>
      new Intl.DateTimeFormat(
        locale(),
        known() ? { dateStyle: 'medium' } : { day: '2-digit', month: '2-digit', year: 'numeric' },
      ),
  );
  const dateTime = once(
    () =>
      new Intl.DateTimeFormat(
        locale(),
        known()
          ? { dateStyle: 'medium', timeStyle: 'short' }
          : { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
      ),
  );
  const number = once(() => new Intl.NumberFormat(locale()));
  const month = once(
    () =>
      new Intl.DateTimeFormat(locale(), known() ? { month: 'short', year: 'numeric' } : { month: '2-digit', year: 'numeric' }),
  );
  const country = once(() => countryNamer(lang));
  return {
    locale: intlLocale(lang),
    /** A `LocalDate` (YYYY-MM-DD) or ISO timestamp as a date, without shifting the day. */
    date: (value: string | null | undefined) =>
      value ? date().format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value)) : '',
    dateTime: (value: string | null | undefined) => (value ? dateTime().format(new Date(value)) : ''),
    number: (value: number | null | undefined) => (value == null ? '' : number().format(value)),
    /** `YYYY-MM` as a short month. */
    month: (value: string) => month().format(new Date(`${value}-15T12:00:00Z`)),
    country: (code: string) => country()(code),
  };
}

export type Format = ReturnType<typeof makeFormat>;
const formats = new Map<UiLanguage, Format>();

/** Dates, numbers and country names formatted for the interface language. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const code = i18n.language?.slice(0, 2);
  const lang: UiLanguage = isUiLanguage(code) ? code : 'en';
  let format = formats.get(lang);
  if (!format) {
    format = makeFormat(lang);
    formats.set(lang, format);
  }
  return format;
}
