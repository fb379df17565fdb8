import { useMutation, useQuery } from '@apollo/client';
import { Anchor, Badge, Button, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../core/format';
import { ErrorAlert } from '../../layout/error-alert';
import { CONFIRM_LINK_MUTATION, CROSS_BORDER_QUERY, UNLINK_MUTATION } from './referral-operations';

/** The case's linked cases, its referrals and one timeline across the border, each event marked by organisation and country. */
export function CrossBorderPanel({ caseId, ownerOrganisationId, canEdit }: { caseId: string; ownerOrganisationId: string; canEdit: boolean }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { data, error, refetch } = useQuery(CROSS_BORDER_QUERY, { variables: { id: caseId } });
  const [confirm, confirmState] = useMutation(CONFIRM_LINK_MUTATION);
  const [unlink, unlinkState] = useMutation(UNLINK_MUTATION);
  const kase = data?.case;
  if (error) return <ErrorAlert error={error} />;
  if (!kase) return null;
  const act = (p: Promise<unknown>) => void p.then(() => refetch()).catch(() => undefined);

  return (
    <Stack gap="md" component="section" aria-labelledby="cross-border-title" data-testid="cross-border-panel">
      <Title order={3} id="cross-border-title">
        {t('links.title')}
      </Title>
      {kase.links.length === 0 ? <Text c="dimmed">{t('links.none')}</Text> : null}
      {kase.links.map((l) => (
        <Group key={l.id} gap="xs" data-testid="case-link">
          <Badge variant="light">{l.otherOrganisation.name}</Badge>
          <Badge variant="outline">{format.country(l.otherOrganisation.countryCode)}</Badge>
          {l.otherCase ? (
            <Anchor component={Link} to={`/cases/${l.otherCase.id}`}>
              {l.otherCase.reference}: {l.otherCase.title}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              {l.confirmed ? t('links.unreadable') : t('links.unconfirmed')}
            </Text>
          )}
          {l.referral ? <Badge size="xs">{t('links.byReferral')}</Badge> : null}
          {canEdit && !l.confirmed ? (
            <Button size="xs" variant="light" loading={confirmState.loading} onClick={() => act(confirm({ variables: { linkId: l.id } }))}>
              {t('links.confirm')}
            </Button>
          ) : null}
          {canEdit ? (
            <Button size="xs" color="red" variant="subtle" loading={unlinkState.loading} onClick={() => act(unlink({ variables: { linkId: l.id } }))}>
              {t('links.unlink')}
            </Button>
          ) : null}
        </Group>
      ))}
      <ErrorAlert error={confirmState.error ?? unlinkState.error} />

      <Title order={4}>{t('referrals.ofCase')}</Title>
      {kase.referrals.length === 0 ? <Text c="dimmed">{t('referrals.none')}</Text> : null}
      {kase.referrals.map((r) => (
        <Group key={r.id} gap="xs" data-testid="case-referral">
          <Badge color={r.urgent ? 'red' : 'blue'} variant="light">
            {t(`status.${r.status}`)}
          </Badge>
          <Text size="sm">
            {t('referrals.route', { pseudonym: r.person.pseudonym, from: r.fromOrganisation.name, to: r.toOrganisation.name })}
          </Text>
          <Text size="xs" c="dimmed">
            {r.needs.map((n) => t(`need.${n}`)).join(', ')}
          </Text>
        </Group>
      ))}

      <Title order={4}>{t('timeline.title')}</Title>
      <Timeline bulletSize={16} lineWidth={2} data-testid="cross-border-timeline">
        {kase.crossBorderTimeline.map((e) => (
          <Timeline.Item key={e.id} title={e.title}>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {format.date(e.occurredOn)}
              </Text>
              <Badge size="xs" variant={e.case.ownerOrganisation.id === ownerOrganisationId ? 'filled' : 'light'}>
                {e.case.ownerOrganisation.name}
              </Badge>
              <Badge size="xs" variant="outline">
                {format.country(e.case.ownerOrganisation.countryCode)}
              </Badge>
            </Group>
            {e.description ? <Text size="sm">{e.description}</Text> : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
