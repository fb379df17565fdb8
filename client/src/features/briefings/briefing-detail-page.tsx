import { useMutation, useQuery } from '@apollo/client';
import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import type { BriefingDetailFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { BRIEFING_QUERY, DECIDE_BRIEFING, RELEASE_BRIEFING, REVOKE_BRIEFING, SUBMIT_BRIEFING } from './briefing-operations';
import { BriefingStatusBadge } from './briefing-status-badge';
import { PageTitle } from '../../layout/page-title';

export function BriefingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('briefings');
  const format = useFormat();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(BRIEFING_QUERY, { variables: { id } });
  const briefing = data?.briefing;
  // An owner that refuses someone else's briefing can no longer read the draft it becomes: say what happened.
  const [refusedAs, setRefusedAs] = useState<string | null>(null);

  if (loading && !data) return <PageLoader />;
  if (error && !briefing) return <ErrorAlert error={error} />;
  if (!briefing) {
    return (
      <Stack>
        {refusedAs ? (
          <Alert color="orange" title={t('workflow.refusedTitle')} role="status">
            {t('workflow.youRefused', { organisation: refusedAs })}
          </Alert>
        ) : (
          <Alert color="gray" title={t('detail.notFoundTitle')}>
            {t('detail.notFound')}
          </Alert>
        )}
        <Anchor component={Link} to="/briefings">
          {t('detail.back')}
        </Anchor>
      </Stack>
    );
  }

  const liaison = session.isLiaisonOnly;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/briefings" size="sm">
        {t('detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <PageTitle>{briefing.title}</PageTitle>
          <Text c="dimmed">
            {t('detail.forAudience', { audience: briefing.audience })} · {t('detail.byAuthor', { author: briefing.author.name })}
          </Text>
        </Stack>
        {liaison ? null : <BriefingStatusBadge status={briefing.status} />}
      </Group>
      <Text size="sm">
        {liaison ? null : `${t('fields.createdAt')}: ${format.dateTime(briefing.createdAt)}`}
        {briefing.releasedAt ? `${liaison ? '' : ' · '}${t('fields.releasedAt')}: ${format.dateTime(briefing.releasedAt)}` : null}
      </Text>
      {liaison ? null : <Workflow briefing={briefing} onChanged={() => void refetch()} onRefused={setRefusedAs} />}
      <Files briefing={briefing} />
      <Cases briefing={briefing} />
      {briefing.statements.length > 0 ? (
        <Stack gap="xs">
          <Title order={3}>{t('detail.statements')}</Title>
          <List>
            {briefing.statements.map((s) => (
              <List.Item key={s.id}>
                <Anchor component={Link} to={`/statements/${s.id}`}>
                  {s.title}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {format.date(s.publishedAt)}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}

/** Submit, each owner's decision, release and revoke: only the buttons the user's roles allow. */
function Workflow({ briefing, onChanged, onRefused }: { briefing: BriefingDetailFragment; onChanged: () => void; onRefused: (organisation: string) => void }) {
  const orgName = useOrganisationName();
  const { t } = useTranslation('briefings');
  const format = useFormat();
  const session = useSession();
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const [refusing, setRefusing] = useState<{ id: string; name: string } | null>(null);
  const [submit, submitState] = useMutation(SUBMIT_BRIEFING);
  const [decide, decideState] = useMutation(DECIDE_BRIEFING);
  const [release, releaseState] = useMutation(RELEASE_BRIEFING);
  const [revoke, revokeState] = useMutation(REVOKE_BRIEFING);
  const vars = { variables: { id: briefing.id } };

  const authorId = briefing.author.id;
  const canSubmit = briefing.status === 'DRAFT' && session.orgsWithRole('ADMIN', 'CASEWORKER').some((o) => o.id === authorId);
  const authorAdmin = session.orgsWithRole('ADMIN').some((o) => o.id === authorId);
  const adminOf = new Set(session.orgsWithRole('ADMIN').map((o) => o.id));
  const allApproved = briefing.approvals.length > 0 && briefing.approvals.every((a) => a.approved === true);
  const refusal = briefing.status === 'DRAFT' ? briefing.approvals.find((a) => a.approved === false) : undefined;
  const error = submitState.error ?? decideState.error ?? releaseState.error ?? revokeState.error;

  const run = async (action: () => Promise<unknown>) => {
    await action().catch(() => null);
    onChanged();
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3}>{t('workflow.title')}</Title>
        {refusal ? (
          <Alert color="orange" title={t('workflow.refusedTitle')} role="status">
            {t('workflow.refusedBy', { organisation: orgName(refusal.organisation), date: format.dateTime(refusal.decidedAt) })}
          </Alert>
        ) : null}
        {briefing.status === 'DRAFT' ? <Text size="sm">{t('workflow.draftHint')}</Text> : null}
        {briefing.status === 'REVOKED' ? <Text size="sm">{t('workflow.revokedHint')}</Text> : null}
        {briefing.status !== 'DRAFT' && briefing.approvals.length > 0 ? (
          <Table aria-label={t('workflow.approvals')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workflow.owner')}</Table.Th>
                <Table.Th>{t('workflow.decision')}</Table.Th>
                <Table.Th>{t('workflow.decidedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {briefing.approvals.map((a) => {
                const pending = a.approved === null || a.approved === undefined;
                const mayDecide = pending && briefing.status === 'AWAITING_APPROVAL' && adminOf.has(a.organisation.id);
                return (
                  <Table.Tr key={a.organisation.id} data-testid={`approval-${a.organisation.id}`}>
                    <Table.Td>{orgName(a.organisation)}</Table.Td>
                    <Table.Td>
                      <Badge color={pending ? 'gray' : a.approved ? 'green' : 'red'} variant="light">
                        {pending ? t('workflow.pending') : a.approved ? t('workflow.approved') : t('workflow.refused')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{format.dateTime(a.decidedAt)}</Table.Td>
                    <Table.Td>
                      {mayDecide ? (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            color="green"
                            loading={decideState.loading}
                            aria-label={t('workflow.approveFor', { organisation: orgName(a.organisation) })}
                            onClick={() => void run(() => decide({ variables: { id: briefing.id, organisationId: a.organisation.id, approve: true } }))}
                          >
                            {t('workflow.approve')}
                          </Button>
                          <Button
                            size="xs"
                            color="red"
                            variant="outline"
                            loading={decideState.loading}
                            aria-label={t('workflow.refuseFor', { organisation: orgName(a.organisation) })}
                            onClick={() => setRefusing({ id: a.organisation.id, name: orgName(a.organisation) })}
                          >
                            {t('workflow.refuse')}
                          </Button>
                        </Group>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : null}
        <ErrorAlert error={error} />
        <Group gap="sm">
          {canSubmit ? (
            <Button loading={submitState.loading} onClick={() => void run(() => submit(vars))}>
              {refusal ? t('workflow.resubmit') : t('workflow.submit')}
            </Button>
          ) : null}
          {briefing.status === 'AWAITING_APPROVAL' && authorAdmin ? (
            <Button color="green" disabled={!allApproved} loading={releaseState.loading} onClick={() => void run(() => release(vars))}>
              {t('workflow.release')}
            </Button>
          ) : null}
          {briefing.status === 'AWAITING_APPROVAL' && authorAdmin && !allApproved ? (
            <Text size="sm" c="dimmed">
              {t('workflow.releaseHint')}
            </Text>
          ) : null}
          {briefing.status === 'RELEASED' && authorAdmin ? (
            <Button color="red" variant="outline" onClick={() => setConfirmRevoke(true)}>
              {t('workflow.revoke')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      <Modal opened={!!refusing} onClose={() => setRefusing(null)} title={t('workflow.refuseTitle')}>
        <Stack>
          <Text>{t('workflow.refuseConfirm', { organisation: refusing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRefusing(null)}>
              {t('workflow.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                const target = refusing;
                setRefusing(null);
                if (!target) return;
                void run(async () => {
                  const result = await decide({ variables: { id: briefing.id, organisationId: target.id, approve: false } });
                  if (result.data) onRefused(target.name);
                });
              }}
            >
              {t('workflow.refuseYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={confirmRevoke} onClose={() => setConfirmRevoke(false)} title={t('workflow.revokeTitle')}>
        <Stack>
          <Text>{t('workflow.revokeConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmRevoke(false)}>
              {t('workflow.cancel')}
            </Button>
            <Button
              color="red"
              loading={revokeState.loading}
              onClick={() => {
                setConfirmRevoke(false);
                void run(() => revoke(vars));
              }}
            >
              {t('workflow.revokeYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function Files({ briefing }: { briefing: BriefingDetailFragment }) {
  const { t } = useTranslation('briefings');
  const format = useFormat();
  if (briefing.status !== 'RELEASED' || briefing.files.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('files.title')}</Title>
      <Table aria-label={t('files.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('files.format')}</Table.Th>
            <Table.Th>{t('files.size')}</Table.Th>
            <Table.Th>{t('files.sha256')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {briefing.files.map((f) => (
            <Table.Tr key={f.format}>
              <Table.Td>
                <Anchor href={f.url} download aria-label={t('files.download', { format: f.format })}>
                  {t('files.download', { format: f.format })}
                </Anchor>
              </Table.Td>
              <Table.Td>{t('files.kib', { size: format.number(Math.max(1, Math.round(f.sizeBytes / 1024))) })}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {f.sha256}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The cases as the briefing carries them: redacted snapshots, with pseudonyms only. */
function Cases({ briefing }: { briefing: BriefingDetailFragment }) {
  const orgName = useOrganisationName();
  const { t } = useTranslation('briefings');
  const { t: tc } = useTranslation('cases');
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Title order={3}>{t('detail.cases', { count: briefing.cases.length })}</Title>
      {briefing.cases.map((c) => (
        <Card key={c.reference} withBorder>
          <Stack gap={6}>
            <Group justify="space-between">
              <Text fw={600}>
                {c.reference} · {c.title}
              </Text>
              <Text size="sm" c="dimmed">
                {orgName(c.ownerOrganisation)}
              </Text>
            </Group>
            <Text size="sm">
              {[c.location.city, c.location.region, format.country(c.location.countryCode)].filter(Boolean).join(', ')}
              {c.incidentDate ? ` · ${format.date(c.incidentDate)}` : ''} · {tc(`status.${c.status}`)}
            </Text>
            <Group gap={4}>
              {c.categories.map((cat) => (
                <Badge key={cat} variant="outline" size="sm">
                  {tc(`category.${cat}`)}
                </Badge>
              ))}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.summary}
            </Text>
            <Text size="sm">
              {tc('figures.detained')}: {format.number(c.figures.detained)} · {tc('figures.deported')}: {format.number(c.figures.deported)} · {tc('figures.injured')}:{' '}
              {format.number(c.figures.injured)} · {tc('figures.childrenAffected')}: {format.number(c.figures.childrenAffected)}
            </Text>
            {c.persons.length > 0 ? (
              <Text size="sm">
                {t('detail.persons')}:{' '}
                {c.persons
                  .map((p) => `${p.pseudonym} (${tc(`role.${p.role}`)}${p.minor ? `, ${t('detail.minor')}` : ''}${p.citizenship ? `, ${format.country(p.citizenship)}` : ''})`)
                  .join('; ')}
              </Text>
            ) : null}
            {c.withheldPersons > 0 ? (
              <Text size="sm" c="dimmed" data-testid="briefing-withheld-persons">
                {t('detail.withheld', { count: c.withheldPersons })}
              </Text>
            ) : null}
            {c.events.length > 0 ? (
              <List size="sm" spacing={2}>
                {c.events.map((e, i) => (
                  <List.Item key={i}>
                    {format.date(e.occurredOn)} · {tc(`eventType.${e.type}`)}: <b>{e.title}</b>
                    {e.authority ? ` (${e.authority})` : ''}. {e.description}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
