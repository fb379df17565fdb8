import { useMutation, useQuery } from '@apollo/client';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../core/format';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { ACCEPT_REFERRAL_MUTATION, COMPLETE_REFERRAL_MUTATION, DECLINE_REFERRAL_MUTATION, REFERRALS_QUERY, WITHDRAW_REFERRAL_MUTATION } from './referral-operations';

/** Incoming referrals to decide (accept, decline, complete) and outgoing ones to follow (withdraw while pending). */
export function ReferralsInboxPage() {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const [direction, setDirection] = useState<'incoming' | 'outgoing'>('incoming');
  const { data, loading, error, refetch } = useQuery(REFERRALS_QUERY, { variables: { incoming: direction === 'incoming' } });
  const [accept, acceptState] = useMutation(ACCEPT_REFERRAL_MUTATION);
  const [decline, declineState] = useMutation(DECLINE_REFERRAL_MUTATION);
  const [complete, completeState] = useMutation(COMPLETE_REFERRAL_MUTATION);
  const [withdraw, withdrawState] = useMutation(WITHDRAW_REFERRAL_MUTATION);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const act = (p: Promise<unknown>) => void p.then(() => refetch()).catch(() => undefined);
  const mutationError = acceptState.error ?? declineState.error ?? completeState.error ?? withdrawState.error;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('inbox.title')}</Title>
        <SegmentedControl
          value={direction}
          onChange={(v) => setDirection(v as 'incoming' | 'outgoing')}
          data={[
            { value: 'incoming', label: t('inbox.incoming') },
            { value: 'outgoing', label: t('inbox.outgoing') },
          ]}
        />
      </Group>
      <ErrorAlert error={error ?? mutationError} />
      {loading && !data ? <PageLoader /> : null}
      {data && data.referrals.length === 0 ? <Text c="dimmed">{t('inbox.empty')}</Text> : null}
      {data?.referrals.map((r) => (
        <Card key={r.id} withBorder data-testid="referral-card">
          <Stack gap="xs">
            <Group gap="xs">
              <Badge variant="light">{t(`status.${r.status}`)}</Badge>
              {r.urgent ? <Badge color="red">{t('inbox.urgent')}</Badge> : null}
              <Text fw={600}>{t('referrals.route', { pseudonym: r.person.fullName ?? r.person.pseudonym, from: r.fromOrganisation.name, to: r.toOrganisation.name })}</Text>
              <Text size="xs" c="dimmed">
                {format.dateTime(r.createdAt)}
              </Text>
            </Group>
            <Text size="sm">{r.needs.map((n) => t(`need.${n}`)).join(', ')}</Text>
            <Text size="sm">{r.reason}</Text>
            <Group gap="xs">
              <Anchor component={Link} to={`/cases/${r.case.id}`}>
                {r.case.reference}: {r.case.title}
              </Anchor>
              {r.linkedCase ? (
                <Anchor component={Link} to={`/cases/${r.linkedCase.id}`} data-testid="linked-case-link">
                  {t('inbox.linkedCase', { reference: r.linkedCase.reference })}
                </Anchor>
              ) : null}
            </Group>
            {r.outcomeNote ? <Text size="sm" c="dimmed">{r.outcomeNote}</Text> : null}
            {direction === 'incoming' && (r.status === 'PENDING' || r.status === 'ACCEPTED') ? (
              <Group gap="xs" align="flex-end">
                <TextInput
                  label={t('inbox.note')}
                  value={notes[r.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setNotes((n) => ({ ...n, [r.id]: value }));
                  }}
                />
                {r.status === 'PENDING' ? (
                  <>
                    <Button loading={acceptState.loading} onClick={() => act(accept({ variables: { id: r.id } }))}>
                      {t('inbox.accept')}
                    </Button>
                    <Button variant="light" color="red" disabled={!notes[r.id]} onClick={() => act(decline({ variables: { id: r.id, outcomeNote: notes[r.id] ?? '' } }))}>
                      {t('inbox.decline')}
                    </Button>
                  </>
                ) : (
                  <Button variant="light" disabled={!notes[r.id]} onClick={() => act(complete({ variables: { id: r.id, outcomeNote: notes[r.id] ?? '' } }))}>
                    {t('inbox.complete')}
                  </Button>
                )}
              </Group>
            ) : null}
            {direction === 'outgoing' && r.status === 'PENDING' ? (
              <Group>
                <Button variant="light" color="red" onClick={() => act(withdraw({ variables: { id: r.id } }))}>
                  {t('inbox.withdraw')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
