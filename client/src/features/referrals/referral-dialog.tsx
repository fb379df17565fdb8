import { useMutation, useQuery } from '@apollo/client';
import { Button, Group, Modal, MultiSelect, NativeSelect, Stack, Switch, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralNeed } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { ORGANISATIONS_QUERY } from '../cases/case-operations';
import { REFERRAL_NEEDS } from './referral-enums';
import { REFER_PERSON_MUTATION } from './referral-operations';

/** Refers one person of the case to another organisation (the server asks for an active REFERRAL consent). */
export function ReferralDialog({
  caseId,
  ownerOrganisationId,
  person,
  opened,
  onClose,
  onReferred,
}: {
  caseId: string;
  ownerOrganisationId: string;
  person: { id: string; pseudonym: string };
  opened: boolean;
  onClose: () => void;
  onReferred: () => void;
}) {
  const { t } = useTranslation('referrals');
  const orgs = useQuery(ORGANISATIONS_QUERY, { skip: !opened });
  // The case's referrals list (the cross-border panel) shows the new one at once.
  const [refer, state] = useMutation(REFER_PERSON_MUTATION, { refetchQueries: ['CaseCrossBorder'] });
  const [to, setTo] = useState('');
  const [needs, setNeeds] = useState<ReferralNeed[]>([]);
  const [reason, setReason] = useState('');
  const [urgent, setUrgent] = useState(false);
  const candidates = (orgs.data?.organisations ?? []).filter((o) => o.id !== ownerOrganisationId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await refer({ variables: { caseId, personId: person.id, toOrganisationId: to, needs, reason, urgent } });
    } catch {
      return;
    }
    setReason('');
    setNeeds([]);
    setUrgent(false);
    onReferred();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('refer.title', { pseudonym: person.pseudonym })}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <NativeSelect
            label={t('refer.to')}
            required
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            data={[{ value: '', label: t('refer.choose') }, ...candidates.map((o) => ({ value: o.id, label: o.name }))]}
          />
          <MultiSelect
            label={t('refer.needs')}
            required
            value={needs}
            onChange={(v) => setNeeds(v as ReferralNeed[])}
            data={REFERRAL_NEEDS.map((n) => ({ value: n, label: t(`need.${n}`) }))}
          />
          <Textarea label={t('refer.reason')} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Switch label={t('refer.urgent')} checked={urgent} onChange={(e) => setUrgent(e.currentTarget.checked)} />
          <ErrorAlert error={state.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={state.loading} disabled={!to || needs.length === 0}>
              {t('refer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
