import { useMutation, useQuery } from '@apollo/client';
import { Badge, Button, Checkbox, Group, Modal, MultiSelect, NativeSelect, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import { usePersistentState } from '../../core/use-persistent-state';
import { ErrorAlert } from '../../layout/error-alert';
import { BRIEFING_CASE_PICKER_QUERY, BRIEFING_STATEMENT_PICKER_QUERY, CREATE_BRIEFING } from './briefing-operations';

interface PickedCase {
  id: string;
  reference: string;
  title: string;
  owner: string;
}

interface Draft {
  organisationId: string;
  title: string;
  audience: string;
  includeStatistics: boolean;
  cases: PickedCase[];
  statementIds: string[];
}

interface Props {
  opened: boolean;
  onClose: () => void;
  organisations: { id: string; name: string }[];
  onCreated: () => void;
}

/** Builds a DRAFT briefing from cases the author can read; what was typed survives an expired session. */
export function BriefingCreateDialog({ opened, onClose, organisations, onCreated }: Props) {
  const orgName = useOrganisationName();
  const { t } = useTranslation('briefings');
  const format = useFormat();
  const navigate = useNavigate();
  const empty: Draft = { organisationId: organisations[0]?.id ?? '', title: '', audience: '', includeStatistics: true, cases: [], statementIds: [] };
  const [draft, setDraft, clearDraft] = usePersistentState<Draft>('briefing-new', empty);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [touched, setTouched] = useState(false);
  const organisationId = organisations.some((o) => o.id === draft.organisationId) ? draft.organisationId : (organisations[0]?.id ?? '');

  const cases = useQuery(BRIEFING_CASE_PICKER_QUERY, {
    variables: { filter: debounced ? { search: debounced } : {}, first: 50 },
    skip: !opened,
  });
  const statements = useQuery(BRIEFING_STATEMENT_PICKER_QUERY, { skip: !opened });
  const [create, { loading, error, reset }] = useMutation(CREATE_BRIEFING);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const picked = new Set(draft.cases.map((c) => c.id));
  const toggle = (c: PickedCase) =>
    setDraft((d) => ({ ...d, cases: d.cases.some((x) => x.id === c.id) ? d.cases.filter((x) => x.id !== c.id) : [...d.cases, c] }));

  const titleError = touched && !draft.title.trim() ? t('create.required') : null;
  const audienceError = touched && !draft.audience.trim() ? t('create.required') : null;
  const casesError = touched && draft.cases.length === 0 ? t('create.pickCases') : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    reset();
    if (!draft.title.trim() || !draft.audience.trim() || draft.cases.length === 0) return;
    const result = await create({
      variables: {
        input: {
          organisationId,
          title: draft.title.trim(),
          audience: draft.audience.trim(),
          includeStatistics: draft.includeStatistics,
          caseIds: draft.cases.map((c) => c.id),
          statementIds: draft.statementIds,
        },
      },
    }).catch(() => null);
    const id = result?.data?.createBriefing.id;
    if (!id) return;
    clearDraft();
    setDraft(empty);
    setTouched(false);
    onCreated();
    onClose();
    navigate(`/briefings/${id}`);
  };

  const rows = cases.data?.cases.edges.map((e) => e.node) ?? [];
  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} size="xl">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {organisations.length > 1 ? (
            <NativeSelect
              label={t('fields.author')}
              value={organisationId}
              onChange={(e) => update({ organisationId: e.currentTarget.value })}
              data={organisations.map((o) => ({ value: o.id, label: orgName(o) }))}
            />
          ) : (
            <Text size="sm">
              {t('fields.author')}: <b>{(organisations[0] ? orgName(organisations[0]) : undefined)}</b>
            </Text>
          )}
          <TextInput label={t('fields.title')} required value={draft.title} error={titleError} onChange={(e) => update({ title: e.currentTarget.value })} />
          <TextInput
            label={t('fields.audience')}
            description={t('create.audienceHint')}
            required
            value={draft.audience}
            error={audienceError}
            onChange={(e) => update({ audience: e.currentTarget.value })}
          />
          <Checkbox
            label={t('fields.includeStatistics')}
            checked={draft.includeStatistics}
            onChange={(e) => update({ includeStatistics: e.currentTarget.checked })}
          />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text fw={500} size="sm">
                {t('create.cases')} <Badge variant="light">{t('create.selected', { count: draft.cases.length })}</Badge>
              </Text>
            </legend>
            <Text size="xs" c="dimmed" mb={4}>
              {t('create.casesHint')}
            </Text>
            {draft.cases.length > 0 ? (
              <Group gap={4} mb="xs" aria-label={t('create.selectedList')}>
                {draft.cases.map((c) => (
                  <Button key={c.id} size="compact-xs" variant="light" onClick={() => toggle(c)} aria-label={t('create.unpick', { reference: c.reference })}>
                    {c.reference} ×
                  </Button>
                ))}
              </Group>
            ) : null}
            <TextInput type="search" label={t('create.searchCases')} placeholder={t('create.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
            <ErrorAlert error={cases.error} />
            <ScrollArea.Autosize mah={260} mt="xs">
              <Table aria-label={t('create.cases')} verticalSpacing={4}>
                <Table.Tbody>
                  {rows.map((c) => {
                    const item: PickedCase = { id: c.id, reference: c.reference, title: c.title, owner: orgName(c.ownerOrganisation) };
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Td w={36}>
                          <Checkbox aria-label={`${c.reference} ${c.title}`} checked={picked.has(c.id)} onChange={() => toggle(item)} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {c.reference}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{c.title}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed">
                            {orgName(c.ownerOrganisation)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs">{format.date(c.incidentDate)}</Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              {rows.length === 0 && !cases.loading ? <Text size="sm">{t('create.noCases')}</Text> : null}
            </ScrollArea.Autosize>
            {casesError ? (
              <Text c="red" size="sm" role="alert">
                {casesError}
              </Text>
            ) : null}
          </fieldset>
          <MultiSelect
            label={t('fields.statements')}
            description={t('create.statementsHint')}
            searchable
            clearable
            value={draft.statementIds}
            onChange={(value) => update({ statementIds: value })}
            data={(statements.data?.statements.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }))}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('create.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
