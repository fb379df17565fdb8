import { NativeSelect, SegmentedControl } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGE_NAMES, LANGUAGES, type UiLanguage } from '../core/languages';
import { setLanguage } from '../core/i18n';

const OPTIONS = LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }));

/** Every interface language, each named in itself; a select where five buttons do not fit. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  // Read while rendering, not after: a phone would otherwise mount the wide control, then replace it.
  const wide = useMediaQuery('(min-width: 75em)', true, { getInitialValueInEffect: false });
  const value = i18n.language ? currentLanguage() : 'en';
  const label = t('language.label');
  return wide ? (
    <SegmentedControl size="xs" aria-label={label} value={value} onChange={(next) => void setLanguage(next as UiLanguage)} data={OPTIONS} />
  ) : (
    <NativeSelect
      size="xs"
      aria-label={label}
      value={value}
      onChange={(event) => void setLanguage(event.currentTarget.value as UiLanguage)}
      data={OPTIONS}
    />
  );
}
