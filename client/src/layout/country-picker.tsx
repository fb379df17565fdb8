import { COUNTRY_CODES } from '@coalition/shared';
import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useMemo, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryNamer } from '../core/format';
import { intlLocale, isUiLanguage } from '../core/languages';

/** Lower case without accents, so "tadj" finds "Tadjikistan" and "cote" finds "Côte d’Ivoire". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

interface CountryOption extends ComboboxItem {
  /** Every name the country is found by: the interface language's, English's and the code. */
  keys: string[];
}

/** Countries named in the interface language, sorted by that name. */
export function useCountryOptions(only?: readonly string[]): CountryOption[] {
  const { i18n } = useTranslation();
  const code = i18n.language?.slice(0, 2);
  const lang = isUiLanguage(code) ? code : 'en';
  return useMemo(() => {
    const locale = intlLocale(lang);
    const local = countryNamer(lang);
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const collator = new Intl.Collator(locale);
    return (only ?? COUNTRY_CODES)
      .map((code) => {
        const label = local(code);
        return { value: code, label, keys: [fold(label), fold(english.of(code) ?? code), code.toLowerCase()] };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [lang, only]);
}

/** Options whose name (in any of its spellings) has a word starting with what was typed, or the exact code. */
export const countryFilter: OptionsFilter = ({ options, search }) => {
  const typed = fold(search.trim());
  if (typed === '') return options;
  return options.filter((option) => {
    const keys = 'keys' in option ? (option as CountryOption).keys : [fold((option as ComboboxItem).label)];
    return keys.some((key) => key === typed || key.split(/[\s\-’']+/).some((word) => word.startsWith(typed)) || key.startsWith(typed));
  });
};

type CountryPickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter'> & {
  /** An ISO 3166-1 alpha-2 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** Offer only these codes (e.g. the countries present in the data). */
  only?: readonly string[];
};

/** Pick a country by its name in the interface language ("Тадж" offers Tajikistan); the value is its ISO code. */
export function CountryPicker({ value, onChange, only, onBlur, error, ...props }: CountryPickerProps) {
  const { t } = useTranslation();
  const options = useCountryOptions(only);
  const code = value.trim().toUpperCase();
  // What was typed and matched no country: shown as an error, never left to look as if the previous country still applied.
  const [unknown, setUnknown] = useState('');
  const leave = (event: FocusEvent<HTMLInputElement>) => {
    // The input still holds what was typed: the Select puts the chosen country's name back only on its next render.
    const typed = event.currentTarget.value.trim();
    const current = options.find((o) => o.value === code);
    if (typed === '' || typed === current?.label) setUnknown('');
    else {
      const exact = options.find((o) => o.keys.includes(fold(typed)));
      if (exact) {
        setUnknown('');
        if (exact.value !== code) onChange(exact.value);
      } else {
        setUnknown(typed);
        if (code !== '') onChange('');
      }
    }
    onBlur?.(event);
  };
  return (
    <Select
      searchable
      clearable
      {...props}
      data={options}
      filter={countryFilter}
      value={code === '' ? null : code}
      onChange={(next) => {
        setUnknown('');
        onChange(next ?? '');
      }}
      onBlur={leave}
      error={error || (unknown ? t('country.unknown', { typed: unknown }) : undefined)}
      nothingFoundMessage={props.nothingFoundMessage}
    />
  );
}
