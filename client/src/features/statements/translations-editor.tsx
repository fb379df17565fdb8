import { Button, CloseButton, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../gql/graphql';
import { STATEMENT_LANGUAGES, useLanguageName } from './language-name';

export interface TranslationDraft {
  language: Language;
  title: string;
  body: string;
  /** The statement's addressees in this language, one per line; empty shows the statement's own. */
  addressees?: string;
}

/**
 * What the API takes for the drafts: addressees as a list, none for the primary language (its
 * addressees are the statement's own list) or where the field is left empty.
 */
export function translationInputs(drafts: TranslationDraft[], primaryLanguage: Language) {
  return drafts.map(({ language, title, body, addressees = '' }) => {
    const list = addressees
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean);
    return { language, title, body, addressees: language === primaryLanguage || list.length === 0 ? null : list };
  });
}

interface Props {
  value: TranslationDraft[];
  onChange: (value: TranslationDraft[]) => void;
  /** A language that cannot be removed (the statement's primary language). */
  required?: Language;
  /** The statement's primary language: its addressees are the statement's own, the others may name them in their language. */
  primaryLanguage?: Language;
  /** Messages for a translation's fields, keyed `<index>.title` / `<index>.body` / `<index>.addressees`. */
  errors?: Record<string, string>;
  /** Languages whose addressees are fixed (the statement is open for signature and they were approved). */
  lockedAddressees?: ReadonlySet<Language>;
}

/** Title and text per language; languages can be added and removed. */
export function TranslationsEditor({ value, onChange, required, primaryLanguage = required, errors = {}, lockedAddressees }: Props) {
  const { t } = useTranslation('statements');
  const languageName = useLanguageName();
  const missing = STATEMENT_LANGUAGES.filter((l) => !value.some((tr) => tr.language === l));
  const [adding, setAdding] = useState<Language | ''>('');
  const toAdd = adding && missing.includes(adding) ? adding : (missing[0] ?? '');

  const update = (index: number, patch: Partial<TranslationDraft>) =>
    onChange(value.map((tr, i) => (i === index ? { ...tr, ...patch } : tr)));

  return (
    <Stack>
      {value.map((tr, index) => {
        const name = languageName(tr.language);
        return (
          <Paper key={tr.language} withBorder p="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} aria-hidden>
                {name}
              </Text>
              {tr.language !== required && value.length > 1 ? (
                <CloseButton
                  aria-label={t('editor.removeLanguage', { language: name })}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                />
              ) : null}
            </Group>
            <Stack gap="sm">
              <TextInput
                label={t('editor.titleIn', { language: name })}
                required
                value={tr.title}
                error={errors[`${index}.title`]}
                onChange={(e) => update(index, { title: e.currentTarget.value })}
              />
              <Textarea
                label={t('editor.bodyIn', { language: name })}
                description={t('editor.bodyHint')}
                required
                autosize
                minRows={6}
                maxRows={30}
                value={tr.body}
                error={errors[`${index}.body`]}
                onChange={(e) => update(index, { body: e.currentTarget.value })}
              />
              {tr.language !== primaryLanguage ? (
                <Textarea
                  label={t('editor.addresseesIn', { language: name })}
                  description={lockedAddressees?.has(tr.language) ? t('editor.addresseesLocked') : t('editor.addresseesHint')}
                  readOnly={lockedAddressees?.has(tr.language)}
                  autosize
                  minRows={2}
                  maxRows={10}
                  value={tr.addressees ?? ''}
                  error={errors[`${index}.addressees`]}
                  onChange={(e) => update(index, { addressees: e.currentTarget.value })}
                />
              ) : null}
            </Stack>
          </Paper>
        );
      })}
      {missing.length > 0 ? (
        <Group align="flex-end">
          <NativeSelect
            label={t('editor.addLanguageSelect')}
            value={toAdd}
            onChange={(e) => setAdding(e.currentTarget.value as Language)}
            data={missing.map((l) => ({ value: l, label: languageName(l) }))}
          />
          <Button
            variant="default"
            onClick={() => {
              if (toAdd) onChange([...value, { language: toAdd, title: '', body: '' }]);
              setAdding('');
            }}
          >
            {t('editor.addLanguage')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** Field messages from a zod error on `translations`, for the editor. */
export function translationErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  prefix: PropertyKey[] = ['translations'],
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of issues) {
    // An issue of one addressee (`<index>.addressees.<n>`) is shown on the addressees field.
    const key = `${String(issue.path[prefix.length])}.${String(issue.path[prefix.length + 1])}`;
    if (prefix.every((p, i) => issue.path[i] === p) && issue.path.length >= prefix.length + 2 && !(key in result)) {
      result[key] = issue.message;
    }
  }
  return result;
}
