import type { TFunction } from 'i18next';

interface Issue {
  code: string;
  message: string;
  path: ReadonlyArray<PropertyKey>;
  maximum?: unknown;
}

/**
 * The shared zod schemas speak English; the form shows their issues in the interface language.
 * Issues without a known translation keep the schema's own message.
 */
export function validationMessage(issue: Issue, t: TFunction<'statements'>): string {
  if (issue.code === 'too_small' || issue.message === 'must not be empty') return t('validation.required');
  if (issue.code === 'too_big') return t('validation.tooLong', { max: Number(issue.maximum) });
  if (issue.message === 'must include the primary language') return t('validation.primaryMissing');
  if (issue.message === 'one translation per language') return t('validation.oneLanguage');
  if (issue.message === 'name at least one addressee') return t('validation.addressees');
  if (issue.message === "name each of the statement's addressees once, in order") return t('validation.translatedAddressees');
  if (issue.message === "the primary language's addressees are the statement's own") return t('validation.primaryAddressees');
  if (issue.message === 'must be an id') return t('validation.required');
  return issue.message;
}
