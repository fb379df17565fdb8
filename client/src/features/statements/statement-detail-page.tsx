import { useMutation, useQuery, useSubscription } from '@apollo/client';
import { Alert, Anchor, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import type { StatementDetailFragment } from '../../gql/graphql';
import { ConfirmModal } from '../../layout/confirm-modal';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { RevisePanel } from './revise-panel';
import { SignStatementDialog } from './sign-statement-dialog';
import { SignatureList } from './signature-list';
import { SignatureReceipt } from './signature-receipt';
import {
  OPEN_STATEMENT,
  PUBLISH_STATEMENT,
  STATEMENT_QUERY,
  STATEMENT_SIGNATURES_SUBSCRIPTION,
  WITHDRAW_SIGNATURE,
  WITHDRAW_STATEMENT,
} from './statement-operations';
import { StatementStatusBadge } from './statement-status-badge';
import { StatementTexts } from './statement-texts';
import { VersionHistory } from './version-history';
import { PageTitle } from '../../layout/page-title';

type Confirm =
  { kind: 'open' } | { kind: 'publish' } | { kind: 'withdraw' } | { kind: 'withdrawSignature'; organisationId: string };

export function StatementDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('statements');
  const { data, loading, error, refetch } = useQuery(STATEMENT_QUERY, { variables: { id } });
  const statement = data?.statement;
  // Every viewer gets signatures (and revisions, status changes) as they happen; Apollo merges the
  // answer into the cached statement by id, so the page re-renders without a reload.
  useSubscription(STATEMENT_SIGNATURES_SUBSCRIPTION, { variables: { statementId: id }, skip: !statement });

  if (loading && !statement) return <PageLoader />;
  if (error && !statement) return <ErrorAlert error={error} />;
  if (!statement) {
    return (
      <Stack>
        <Alert color="yellow" title={t('detail.notFoundTitle')}>
          {t('detail.notFound')}
        </Alert>
        <Anchor component={Link} to="/statements">
          {t('detail.backToList')}
        </Anchor>
      </Stack>
    );
  }
  return <StatementDetail statement={statement} refetch={refetch} />;
}

function StatementDetail({ statement, refetch }: { statement: StatementDetailFragment; refetch: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation('statements');
  const format = useFormat();
  // The heading in the reader's language when the statement has it.
  const heading =
    statement.currentVersion.translations.find((tr) => tr.language === i18n.language.toUpperCase())?.title ?? statement.title;
  const session = useSession();
  const [revising, setRevising] = useState(false);
  const [signingVersion, setSigningVersion] = useState<StatementDetailFragment['currentVersion'] | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [deadline, setDeadline] = useState('');
  const refetchSelf = { refetchQueries: [{ query: STATEMENT_QUERY, variables: { id: statement.id } }] };
  const [open, openState] = useMutation(OPEN_STATEMENT);
  const [publish, publishState] = useMutation(PUBLISH_STATEMENT);
  const [withdraw, withdrawState] = useMutation(WITHDRAW_STATEMENT);
  const [withdrawSignature, withdrawSignatureState] = useMutation(WITHDRAW_SIGNATURE, refetchSelf);

  // The same rules as the server's statement policy; the server enforces them anyway.
  const initiatorRoles = session.me?.memberships.find((m) => m.organisation.id === statement.initiator.id)?.roles ?? [];
  const isInitiatorAdmin = initiatorRoles.includes('ADMIN');
  const isInitiatorWriter = isInitiatorAdmin || initiatorRoles.includes('CASEWORKER');
  const status = statement.status;
  const deadlinePassed = !!statement.signatureDeadline && new Date(statement.signatureDeadline).getTime() <= Date.now();
  const signable = status === 'OPEN_FOR_SIGNATURE' && !deadlinePassed;
  const signerOrgIds = session.orgsWithRole('SIGNATORY', 'ADMIN').map((o) => o.id);
  const canRevise = isInitiatorWriter && (status === 'DRAFT' || status === 'OPEN_FOR_SIGNATURE');
  const canOpen = isInitiatorAdmin && status === 'DRAFT';
  // The viewer's own organisations' signatures: each gets a receipt. Once every organisation the viewer signs for
  // has signed the current version, the Sign button gives way to "You signed version N".
  const mySignatures = statement.signatures.filter((s) => signerOrgIds.includes(s.organisation.id));
  const signedCurrent = signerOrgIds.length > 0 && signerOrgIds.every((orgId) => mySignatures.some((s) => s.current && s.organisation.id === orgId));
  const canSign = signable && signerOrgIds.length > 0 && !signedCurrent;
  const canPublish = isInitiatorAdmin && status === 'OPEN_FOR_SIGNATURE';
  const canWithdraw = isInitiatorAdmin && (status === 'OPEN_FOR_SIGNATURE' || status === 'PUBLISHED');
  const initiatorSigned = statement.signatures.some((s) => s.current && s.organisation.id === statement.initiator.id);
  const withdrawableOrgIds = signable
    ? signerOrgIds.filter((orgId) => statement.signatures.some((s) => s.organisation.id === orgId))
    : [];
  const actionError = openState.error ?? publishState.error ?? withdrawState.error ?? withdrawSignatureState.error;

  const runConfirm = async () => {
    if (!confirm) return;
    try {
      if (confirm.kind === 'open') {
        // A date means "until the end of that day" where the user is.
        const signatureDeadline = deadline ? new Date(`${deadline}T23:59:59`).toISOString() : null;
        await open({ variables: { id: statement.id, signatureDeadline } });
      } else if (confirm.kind === 'publish') await publish({ variables: { id: statement.id } });
      else if (confirm.kind === 'withdraw') await withdraw({ variables: { id: statement.id } });
      else await withdrawSignature({ variables: { statementId: statement.id, organisationId: confirm.organisationId } });
      setConfirm(null);
    } catch {
      setConfirm(null);
    }
  };

  return (
    <Stack>
      <Anchor component={Link} to="/statements" size="sm">
        {t('detail.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <PageTitle>{heading}</PageTitle>
          <Group gap="sm">
            <StatementStatusBadge status={status} />
            <Text size="sm">{t('detail.initiator', { name: statement.initiator.name })}</Text>
            <Text size="sm" fw={600} aria-live="polite" data-testid="live-signature-count">
              {t('detail.signatureCount', { count: statement.signatureCount })}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('detail.version', {
              n: statement.currentVersion.number,
              date: format.dateTime(statement.currentVersion.createdAt),
            })}
            {statement.signatureDeadline
              ? ` · ${t('detail.deadline', { date: format.dateTime(statement.signatureDeadline) })}`
              : ''}
            {statement.publishedAt ? ` · ${t('detail.publishedOn', { date: format.date(statement.publishedAt) })}` : ''}
          </Text>
          {statement.addressees.length > 0 ? (
            <Text size="sm">
              {t('detail.addressees')}: {statement.addressees.join('; ')}
            </Text>
          ) : null}
          {status === 'PUBLISHED' ? (
            <Group gap="md">
              <Anchor component={Link} to={`/p/${statement.slug}`}>
                {t('detail.publicPage')}
              </Anchor>
              <Anchor href={`/statements/${statement.slug}.pdf`}>{t('detail.pdf')}</Anchor>
              <Anchor href={`/statements/${statement.slug}.md`}>{t('detail.markdown')}</Anchor>
            </Group>
          ) : null}
        </Stack>
        <Group gap="xs">
          {canSign ? <Button onClick={() => setSigningVersion(statement.currentVersion)}>{t('actions.sign')}</Button> : null}
          {signedCurrent && status !== 'DRAFT' ? (
            <Text fw={600} c="green.9" data-testid="signed-version">
              ✓ {t('receipt.youSigned', { n: statement.currentVersion.number })}
            </Text>
          ) : null}
          {canRevise && !revising ? (
            <Button variant="default" onClick={() => setRevising(true)}>
              {t('actions.revise')}
            </Button>
          ) : null}
          {canOpen ? (
            <Button variant="default" onClick={() => setConfirm({ kind: 'open' })}>
              {t('actions.open')}
            </Button>
          ) : null}
          {canPublish ? (
            <Button variant="default" color="green" onClick={() => setConfirm({ kind: 'publish' })}>
              {t('actions.publish')}
            </Button>
          ) : null}
          {canWithdraw ? (
            <Button variant="subtle" color="red" onClick={() => setConfirm({ kind: 'withdraw' })}>
              {t('actions.withdraw')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {status === 'OPEN_FOR_SIGNATURE' && deadlinePassed ? <Alert color="gray">{t('detail.deadlinePassed')}</Alert> : null}
      <ErrorAlert error={actionError} />
      {mySignatures.map((s) => (
        <SignatureReceipt key={s.id} statement={statement} signature={s} />
      ))}

      {revising ? <RevisePanel statement={statement} onDone={() => setRevising(false)} refetch={refetch} /> : null}

      <section aria-labelledby="texts-title">
        <Title order={3} id="texts-title" mb="sm">
          {t('detail.text')}
        </Title>
        <StatementTexts translations={statement.currentVersion.translations} primaryLanguage={statement.primaryLanguage} />
      </section>

      <section aria-labelledby="signatures-title">
        <Title order={3} id="signatures-title" mb="sm">
          {t('detail.signatures')}
        </Title>
        <SignatureList
          signatures={statement.signatures}
          withdrawableOrgIds={withdrawableOrgIds}
          withdrawing={withdrawSignatureState.loading}
          onWithdraw={(organisationId) => setConfirm({ kind: 'withdrawSignature', organisationId })}
        />
      </section>

      <section aria-labelledby="cases-title">
        <Title order={3} id="cases-title" mb="sm">
          {t('detail.cases')}
        </Title>
        {statement.cases.length === 0 ? (
          <Text c="dimmed">{t('detail.noCases')}</Text>
        ) : (
          <List>
            {statement.cases.map((c) => (
              <List.Item key={c.id}>
                <Anchor component={Link} to={`/cases/${c.id}`}>
                  {c.reference}
                </Anchor>{' '}
                {c.title}
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <section aria-labelledby="history-title">
        <Title order={3} id="history-title" mb="sm">
          {t('detail.history')}
        </Title>
        <VersionHistory versions={statement.versions} primaryLanguage={statement.primaryLanguage} />
      </section>

      {signingVersion ? (
        <SignStatementDialog statement={statement} version={signingVersion} onClose={() => setSigningVersion(null)} />
      ) : null}

      <ConfirmModal
        opened={!!confirm}
        onClose={() => setConfirm(null)}
        title={confirm ? t(`confirm.${confirm.kind}.title`) : ''}
        text={confirm ? t(`confirm.${confirm.kind}.text`) : ''}
        confirmLabel={confirm ? t(`confirm.${confirm.kind}.button`) : ''}
        danger={confirm?.kind === 'withdraw' || confirm?.kind === 'withdrawSignature'}
        loading={openState.loading || publishState.loading || withdrawState.loading || withdrawSignatureState.loading}
        disabled={confirm?.kind === 'publish' && !initiatorSigned}
        onConfirm={() => void runConfirm()}
      >
        {confirm?.kind === 'open' ? (
          <TextInput
            type="date"
            label={t('confirm.open.deadline')}
            description={t('confirm.open.deadlineHint')}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
          />
        ) : null}
        {confirm?.kind === 'publish' && !initiatorSigned ? (
          <Alert color="orange" role="alert">
            {t('confirm.publish.needsInitiator', { name: statement.initiator.name })}
          </Alert>
        ) : null}
      </ConfirmModal>
    </Stack>
  );
}
