import { useQuery } from '@apollo/client';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Code,
  Container,
  Divider,
  Group,
  List,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { statementContentHash } from '@coalition/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import type { Language, PublishedStatementQuery } from '../../gql/graphql';
import { LanguageSwitch } from '../../layout/language-switch';
import { PageLoader } from '../../layout/page-loader';
import { ErrorAlert } from '../../layout/error-alert';
import { useLanguageName } from '../statements/language-name';
import { StatementBody } from '../statements/statement-body';
import { PUBLISHED_STATEMENT_QUERY } from '../statements/statement-operations';

// What a reader runs to check the hash themselves (contract README, "Statements").
const VERIFY_SNIPPET = `// node verify.mjs   (Node 18+; paste the published texts below)
import { createHash } from 'node:crypto';
const translations = [
  { language: 'EN', title: '…', body: '…' },
  { language: 'RU', title: '…', body: '…' },
];
const clean = (s) => s.replace(/\\r\\n/g, '\\n').normalize('NFC');
const rows = translations
  .map((t) => [clean(t.language), clean(t.title), clean(t.body)])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
console.log(createHash('sha256').update(JSON.stringify(rows), 'utf8').digest('hex'));`;

/** A published statement for anyone, signed in or not: readable on a phone, downloadable, verifiable. */
export function PublicStatementPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('public');
  const { data, loading, error } = useQuery(PUBLISHED_STATEMENT_QUERY, { variables: { slug }, fetchPolicy: 'cache-first' });
  const statement = data?.publishedStatement;

  return (
    <Box mih="100vh">
      <Box component="header" px="md" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" px={0}>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={700}>{t('brand')}</Text>
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container size="md" px="md" py="lg" component="main">
        {loading && !data ? <PageLoader /> : null}
        {error && !data ? <ErrorAlert error={error} /> : null}
        {data && !statement ? (
          <Stack align="flex-start">
            <Title order={1} size="h2">
              {t('notFound.title')}
            </Title>
            <Text>{t('notFound.text')}</Text>
            <Anchor component={Link} to="/login">
              {t('notFound.signIn')}
            </Anchor>
          </Stack>
        ) : null}
        {statement ? <PublishedStatement statement={statement} /> : null}
      </Container>
    </Box>
  );
}

type Published = NonNullable<PublishedStatementQuery['publishedStatement']>;

function PublishedStatement({ statement }: { statement: Published }) {
  const orgName = useOrganisationName();
  const { t, i18n } = useTranslation('public');
  const format = useFormat();
  const languageName = useLanguageName();
  const translations = statement.currentVersion.translations;
  const ui = i18n.language.toUpperCase() as Language;
  const initial = translations.some((tr) => tr.language === ui) ? ui : statement.primaryLanguage;
  const [tab, setTab] = useState<string | null>(null);
  const active = tab ?? initial;
  const [checked, setChecked] = useState<boolean | null>(null);
  const signatories = statement.signatures.filter((s) => s.current);
  const computed = useMemo(
    () =>
      checked === null
        ? null
        : statementContentHash(translations.map((tr) => ({ language: tr.language, title: tr.title, body: tr.body }))),
    [checked, translations],
  );
  const hash = statement.currentVersion.contentHash;
  // The addressees as the language being read names them; the statement's own where that translation gives none.
  const named = translations.find((tr) => tr.language === active)?.addressees;
  const addressees = named && named.length > 0 ? named : statement.addressees;
  const addresseesLanguage = (named && named.length > 0 ? active : statement.primaryLanguage).toLowerCase();

  return (
    <Stack gap="lg">
      {/* Date and addressees head the letter, as in the appeal; the title stays the page's h1. */}
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('published', { date: format.date(statement.publishedAt) })}
        </Text>
        {addressees.length > 0 ? (
          <div>
            <Text size="sm" fw={600} id="addressees-title">
              {t('addressees')}
            </Text>
            <List size="sm" aria-labelledby="addressees-title" lang={addresseesLanguage}>
              {addressees.map((a, i) => (
                <List.Item key={`${i}-${a}`}>{a}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
      </Stack>

      <Tabs value={active} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={t('languages')}>
          {translations.map((tr) => (
            <Tabs.Tab key={tr.language} value={tr.language} lang={tr.language.toLowerCase()}>
              {languageName(tr.language)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {translations.map((tr) => (
          <Tabs.Panel key={tr.language} value={tr.language} pt="md" lang={tr.language.toLowerCase()}>
            <Title order={1} size="h2" mb="sm" style={{ overflowWrap: 'anywhere' }}>
              {tr.title}
            </Title>
            <StatementBody body={tr.body} />
          </Tabs.Panel>
        ))}
      </Tabs>

      <section aria-labelledby="signatories-title">
        <Title order={2} size="h4" id="signatories-title" mb="xs">
          {t('signatories', { count: signatories.length })}
        </Title>
        {/* As the 2013 appeal lists them: "Organisation, City (Representative)". */}
        <Stack gap={6} data-testid="signatories">
          {signatories.map((s) => (
            <Text key={s.id} style={{ overflowWrap: 'anywhere' }}>
              {`${orgName(s.organisation)}, ${s.organisation.city} (${s.signatoryName}${s.signatoryTitle ? `, ${s.signatoryTitle}` : ''})`}
            </Text>
          ))}
        </Stack>
      </section>

      <Group gap="sm">
        <Button component="a" href={`/statements/${statement.slug}.pdf`} variant="filled">
          {t('downloadPdf')}
        </Button>
        <Button component="a" href={`/statements/${statement.slug}.md`} variant="default">
          {t('downloadMd')}
        </Button>
      </Group>

      <Divider />
      <Paper withBorder p="md" component="section" aria-labelledby="verify-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="verify-title">
            {t('verify.title')}
          </Title>
          <Text size="sm">{t('verify.hashLabel', { n: statement.currentVersion.number })}</Text>
          <Code block data-testid="content-hash" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {hash}
          </Code>
          <Text size="sm">{t('verify.explain')}</Text>
          <List size="sm" type="ordered">
            <List.Item>{t('verify.step1')}</List.Item>
            <List.Item>{t('verify.step2')}</List.Item>
            <List.Item>{t('verify.step3')}</List.Item>
            <List.Item>{t('verify.step4')}</List.Item>
          </List>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} aria-label={t('verify.snippet')}>
            {VERIFY_SNIPPET}
          </Code>
          <Group gap="sm">
            <Button variant="default" size="xs" onClick={() => setChecked(true)}>
              {t('verify.checkHere')}
            </Button>
            {computed !== null ? (
              computed === hash ? (
                <Text size="sm" c="green" role="status" data-testid="verify-result">
                  ✓ {t('verify.match')}
                </Text>
              ) : (
                <Alert color="red" role="alert" data-testid="verify-result">
                  {t('verify.mismatch')}
                </Alert>
              )
            ) : null}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
