import { useTranslation } from 'react-i18next';
import { currentLanguage } from './languages';

/** What the API gives of an organisation's name: `names` only where the query asked for them. */
export interface NamedOrganisation {
  name: string;
  names?: readonly { language: string; name: string }[] | null;
}

/** The organisation's name in the interface language when it gives one, else its (English) name. */
export function organisationName(org: NamedOrganisation, language: string = currentLanguage()): string {
  return org.names?.find((n) => n.language === language)?.name || org.name;
}

/** `organisationName` bound to the current interface language; re-renders when it changes. */
export function useOrganisationName(): (org: NamedOrganisation) => string {
  const { i18n } = useTranslation();
  const language = i18n.language?.slice(0, 2) ?? 'en';
  return (org) => organisationName(org, language);
}
