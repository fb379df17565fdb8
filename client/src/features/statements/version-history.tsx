import { Code, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import type { Language, StatementDetailFragment } from '../../gql/graphql';
import { DiffView } from './diff-view';
import { useLanguageName } from './language-name';

type Version = StatementDetailFragment['versions'][number];

/** Every version, and a word-level diff between any two of them in one language. */
export function VersionHistory({ versions, primaryLanguage }: { versions: Version[]; primaryLanguage: Language }) {
  const { t } = useTranslation('statements');
  const format = useFormat();
  const languageName = useLanguageName();
  const numbers = versions.map((v) => v.number);
  const latest = numbers[numbers.length - 1] ?? 1;
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [language, setLanguage] = useState<Language | null>(null);
  // Follow the newest version until the user picks one (a revision can arrive live).
  const toNumber = to !== null && numbers.includes(to) ? to : latest;
  const fromNumber = from !== null && numbers.includes(from) ? from : Math.max(1, toNumber - 1);
  const before = versions.find((v) => v.number === fromNumber);
  const after = versions.find((v) => v.number === toNumber);
  const languages = [...new Set([...(before?.translations ?? []), ...(after?.translations ?? [])].map((tr) => tr.language))];
  const lang =
    language && languages.includes(language) ? language : languages.includes(primaryLanguage) ? primaryLanguage : languages[0];
  const beforeText = before?.translations.find((tr) => tr.language === lang);
  const afterText = after?.translations.find((tr) => tr.language === lang);
  const versionOptions = versions.map((v) => ({ value: String(v.number), label: t('history.versionN', { n: v.number }) }));

  return (
    <Stack>
      <Table.ScrollContainer minWidth={600} type="native" tabIndex={0}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.version')}</Table.Th>
              <Table.Th>{t('history.date')}</Table.Th>
              <Table.Th>{t('history.note')}</Table.Th>
              <Table.Th>{t('history.hash')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...versions].reverse().map((v) => (
              <Table.Tr key={v.number}>
                <Table.Td>{t('history.versionN', { n: v.number })}</Table.Td>
                <Table.Td>{format.dateTime(v.createdAt)}</Table.Td>
                <Table.Td>{v.changeNote ?? '—'}</Table.Td>
                <Table.Td>
                  <Code title={v.contentHash}>{v.contentHash.slice(0, 12)}…</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {versions.length > 1 ? (
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t('history.compare')}</Title>
            <Group align="flex-end">
              <NativeSelect
                label={t('history.from')}
                value={String(fromNumber)}
                onChange={(e) => setFrom(Number(e.currentTarget.value))}
                data={versionOptions}
              />
              <NativeSelect
                label={t('history.to')}
                value={String(toNumber)}
                onChange={(e) => setTo(Number(e.currentTarget.value))}
                data={versionOptions}
              />
              <NativeSelect
                label={t('history.language')}
                value={lang ?? ''}
                onChange={(e) => setLanguage(e.currentTarget.value as Language)}
                data={languages.map((l) => ({ value: l, label: languageName(l) }))}
              />
            </Group>
            <Text size="sm" c="dimmed">
              {t('history.legend')}{' '}
              <ins style={{ background: 'var(--mantine-color-green-1)' }}>{t('history.legendInserted')}</ins>{' '}
              <del style={{ background: 'var(--mantine-color-red-1)' }}>{t('history.legendDeleted')}</del>
            </Text>
            {fromNumber === toNumber ? <Text c="dimmed">{t('history.sameVersion')}</Text> : null}
            <div data-testid="version-diff" lang={lang?.toLowerCase()}>
              <DiffView bold before={beforeText?.title ?? ''} after={afterText?.title ?? ''} label={t('history.titleDiff')} />
              <DiffView before={beforeText?.body ?? ''} after={afterText?.body ?? ''} label={t('history.bodyDiff')} />
            </div>
          </Stack>
        </Paper>
      ) : (
        <Text c="dimmed">{t('history.onlyOne')}</Text>
      )}
    </Stack>
  );
}
