import { Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../gql/graphql';
import { useLanguageName } from './language-name';
import { StatementBody } from './statement-body';

interface TranslationView {
  language: Language;
  title: string;
  body: string;
  /** The addressees as this language names them; none where it gives none. */
  addressees?: string[] | null;
}

/** The current text, two languages side by side (one column on narrow screens), each column's language chosen. */
export function StatementTexts({
  translations,
  primaryLanguage,
}: {
  translations: TranslationView[];
  primaryLanguage: Language;
}) {
  const { t, i18n } = useTranslation('statements');
  const languageName = useLanguageName();
  const languages = translations.map((tr) => tr.language);
  const ui = i18n.language.toUpperCase() as Language;
  const defaultLeft = languages.includes(primaryLanguage) ? primaryLanguage : languages[0]!;
  const defaultRight =
    languages.find((l) => l !== defaultLeft && l === ui) ?? languages.find((l) => l !== defaultLeft) ?? defaultLeft;
  const [left, setLeft] = useState<Language>(defaultLeft);
  const [right, setRight] = useState<Language>(defaultRight);
  const columns: [string, Language, (l: Language) => void][] =
    languages.length > 1
      ? [
          [t('texts.leftColumn'), languages.includes(left) ? left : defaultLeft, setLeft],
          [t('texts.rightColumn'), languages.includes(right) ? right : defaultRight, setRight],
        ]
      : [[t('texts.language'), defaultLeft, setLeft]];

  return (
    <SimpleGrid cols={{ base: 1, md: columns.length }} spacing="md">
      {columns.map(([label, language, set]) => {
        const tr = translations.find((x) => x.language === language)!;
        return (
          <Paper key={label} withBorder p="md" lang={language.toLowerCase()} data-testid={`text-${language}`}>
            <Stack gap="xs">
              {languages.length > 1 ? (
                <Group>
                  <NativeSelect
                    size="xs"
                    label={label}
                    value={language}
                    onChange={(e) => set(e.currentTarget.value as Language)}
                    data={languages.map((l) => ({ value: l, label: languageName(l) }))}
                  />
                </Group>
              ) : null}
              <Title order={3} size="h4">
                {tr.title}
              </Title>
              {tr.addressees && tr.addressees.length > 0 ? (
                <Text size="sm" c="dimmed">
                  {t('detail.addressees')}: {tr.addressees.join('; ')}
                </Text>
              ) : null}
              <div>
                <StatementBody body={tr.body} />
              </div>
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
