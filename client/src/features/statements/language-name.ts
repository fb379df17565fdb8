import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../gql/graphql';
import { intlLocale } from '../../core/languages';

/** Contract language codes (`EN`, `RU`, ...) named in the interface language, e.g. "Russian" / "Русский". */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([intlLocale(i18n.language?.slice(0, 2))], { type: 'language' });
    return (code: string) => {
      try {
        const name = names.of(code.toLowerCase()) ?? code;
        return name.charAt(0).toLocaleUpperCase() + name.slice(1);
      } catch {
        return code;
      }
    };
  }, [i18n.language]);
}

/** The languages a statement may be written in (the contract's `Language` enum). */
export const STATEMENT_LANGUAGES: readonly Language[] = ['EN', 'RU', 'TG', 'KA', 'FR', 'UZ'];
