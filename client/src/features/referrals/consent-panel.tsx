import { useMutation, useQuery } from '@apollo/client';
import { Anchor, Badge, Button, Group, Modal, MultiSelect, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import type { ConsentScope } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { ORGANISATIONS_QUERY } from '../cases/case-operations';
import { CONSENT_SCOPES } from './referral-enums';
import { PERSON_CONSENTS_QUERY, RECORD_CONSENT_MUTATION, WITHDRAW_CONSENT_MUTATION } from './referral-operations';

const today = () => new Date().toISOString().slice(0, 10);

/** What one person agreed to: the history (active, expired, withdrawn), and for the owner's writers recording and withdrawing. */
export function ConsentPanel({ caseId, personId, canEdit, opened, onClose }: { caseId: string; personId: string; canEdit: boolean; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { data, error, refetch } = useQuery(PERSON_CONSENTS_QUERY, { variables: { id: caseId }, skip: !opened });
  const orgs = useQuery(ORGANISATIONS_QUERY, { skip: !opened || !canEdit });
  const [record, recordState] = useMutation(RECORD_CONSENT_MUTATION);
  const [withdraw, withdrawState] = useMutation(WITHDRAW_CONSENT_MUTATION);
  const [scope, setScope] = useState<ConsentScope>('SHARE_PERSONAL_DATA');
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [purpose, setPurpose] = useState('');
  const [givenOn, setGivenOn] = useState(today());
  const [expiresOn, setExpiresOn] = useState('');
  const [form, setForm] = useState('');
  const [formEvidenceId, setFormEvidenceId] = useState('');
  const person = data?.case?.persons.find((p) => p.id === personId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record({ variables: { personId, input: { scope, organisationIds, purpose, givenOn, expiresOn: expiresOn || null, form, formEvidenceId: formEvidenceId || null } } });
    } catch {
      return;
    }
    setPurpose('');
    setForm('');
    setFormEvidenceId('');
    setExpiresOn('');
    setOrganisationIds([]);
    void refetch();
  };

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={t('consent.title', { pseudonym: person?.pseudonym ?? '' })}>
      <Stack>
        <ErrorAlert error={error} />
        {person && person.consents.length === 0 ? <Text c="dimmed">{t('consent.none')}</Text> : null}
        {person && person.consents.length > 0 ? (
          <Table aria-label={t('consent.history')} data-testid="consent-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consent.scope')}</Table.Th>
                <Table.Th>{t('consent.organisations')}</Table.Th>
                <Table.Th>{t('consent.purpose')}</Table.Th>
                <Table.Th>{t('consent.dates')}</Table.Th>
                <Table.Th>{t('consent.form')}</Table.Th>
                <Table.Th>{t('consent.state')}</Table.Th>
                {canEdit ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.consents.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{t(`scope.${k.scope}`)}</Table.Td>
                  <Table.Td>{k.organisations.length ? k.organisations.map((o) => o.name).join(', ') : t('consent.everyMember')}</Table.Td>
                  <Table.Td>{k.purpose}</Table.Td>
                  <Table.Td>
                    {format.date(k.givenOn)}
                    {k.expiresOn ? ` – ${format.date(k.expiresOn)}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {k.form}
                    {k.formFile ? (
                      <Text size="xs">
                        {k.formFile.downloadUrl ? <Anchor href={k.formFile.downloadUrl}>{k.formFile.fileName}</Anchor> : k.formFile.fileName}
                      </Text>
                    ) : null}
                    {k.recordedBy ? (
                      <Text size="xs" c="dimmed">
                        {t('consent.recordedBy', { name: k.recordedBy.displayName, at: format.dateTime(k.recordedAt) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={k.active ? 'green' : 'gray'} variant="light">
                      {k.withdrawnAt ? t('consent.withdrawnAt', { at: format.date(k.withdrawnAt) }) : k.active ? t('consent.active') : t('consent.inactive')}
                    </Badge>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      {k.withdrawnAt ? null : (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          loading={withdrawState.loading}
                          onClick={() => void withdraw({ variables: { id: k.id } }).then(() => refetch()).catch(() => undefined)}
                        >
                          {t('consent.withdraw')}
                        </Button>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <ErrorAlert error={withdrawState.error} />
        {canEdit ? (
          <form onSubmit={(e) => void submit(e)} aria-label={t('consent.record')}>
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t('consent.scope')}
                  value={scope}
                  onChange={(e) => setScope(e.currentTarget.value as ConsentScope)}
                  data={CONSENT_SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
                />
                <MultiSelect
                  label={t('consent.organisations')}
                  placeholder={t('consent.everyMember')}
                  value={organisationIds}
                  onChange={setOrganisationIds}
                  data={(orgs.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
                />
                <TextInput label={t('consent.purpose')} required value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} />
                <TextInput label={t('consent.form')} required placeholder={t('consent.formHint')} value={form} onChange={(e) => setForm(e.currentTarget.value)} />
                <NativeSelect
                  label={t('consent.formFile')}
                  value={formEvidenceId}
                  onChange={(e) => setFormEvidenceId(e.currentTarget.value)}
                  data={[{ value: '', label: t('consent.noFormFile') }, ...(data?.case?.evidence ?? []).map((f) => ({ value: f.id, label: f.fileName }))]}
                />
                <TextInput label={t('consent.givenOn')} type="date" required value={givenOn} onChange={(e) => setGivenOn(e.currentTarget.value)} />
                <TextInput label={t('consent.expiresOn')} type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} />
              </SimpleGrid>
              <ErrorAlert error={recordState.error} />
              <Group justify="flex-end">
                <Button type="submit" loading={recordState.loading}>
                  {t('consent.record')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Modal>
  );
}
