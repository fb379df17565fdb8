import { useMutation } from '@apollo/client';
import { caseEventInputSchema } from '@coalition/shared';
import { Button, Fieldset, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventType } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { EVENT_TYPES } from './case-enums';
import { ADD_EVENT_MUTATION } from './case-operations';
import { useDraftForm, type CaseDraftDialogProps } from './use-draft-form';
import { CountryPicker } from '../../layout/country-picker';

interface EventValues {
  type: EventType;
  occurredOn: string;
  title: string;
  description: string;
  authority: string;
  destinationCountryCode: string;
  countryCode: string;
  region: string;
  city: string;
}

const EMPTY: EventValues = { type: 'INCIDENT', occurredOn: '', title: '', description: '', authority: '', destinationCountryCode: '', countryCode: '', region: '', city: '' };

function toEventInput(values: EventValues) {
  const hasLocation = [values.countryCode, values.region, values.city].some((v) => v.trim() !== '');
  return {
    type: values.type,
    occurredOn: values.occurredOn,
    title: values.title,
    description: values.description,
    authority: values.authority.trim() || null,
    destinationCountryCode: values.type === 'DEPORTATION' ? values.destinationCountryCode.trim() || null : null,
    location: hasLocation ? { countryCode: values.countryCode, region: values.region.trim() || null, city: values.city.trim() || null } : null,
  };
}

/** Adds one event to a case's timeline. */
export function EventDialog({
  caseId,
  draftKey,
  opened,
  onClose,
  onAdded,
}: CaseDraftDialogProps) {
  const [add, { loading, error, reset }] = useMutation(ADD_EVENT_MUTATION);
  const { t } = useTranslation('cases');
  const { values, set, err, close, submit } = useDraftForm({
    storageKey: `case-event.${draftKey}`,
    empty: EMPTY,
    toInput: toEventInput,
    schema: caseEventInputSchema,
    save: (input) => add({ variables: { caseId, input } }),
    onSaved: onAdded,
    onClose: () => {
      reset();
      onClose();
    },
  });

  return (
    <Modal opened={opened} onClose={close} title={t('event.addTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          <SimpleGrid cols={2}>
            <NativeSelect
              label={t('event.type')}
              value={values.type}
              onChange={(e) => set('type', e.currentTarget.value as EventType)}
              data={EVENT_TYPES.map((v) => ({ value: v, label: t(`eventType.${v}`) }))}
              data-autofocus
            />
            <TextInput type="date" label={t('event.occurredOn')} required value={values.occurredOn} onChange={(e) => set('occurredOn', e.currentTarget.value)} error={err('occurredOn')} />
          </SimpleGrid>
          <TextInput label={t('event.title')} required value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={err('title')} />
          <Textarea label={t('event.description')} autosize minRows={3} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} error={err('description')} />
          <TextInput label={t('event.authority')} description={t('event.authorityHint')} value={values.authority} onChange={(e) => set('authority', e.currentTarget.value)} error={err('authority')} />
          {values.type === 'DEPORTATION' ? (
            <CountryPicker
              label={t('event.destination')}
              description={t('form.countryHint')}
              value={values.destinationCountryCode}
              onChange={(code) => set('destinationCountryCode', code)}
              error={err('destinationCountryCode')}
              comboboxProps={{ withinPortal: false }}
            />
          ) : null}
          <Fieldset legend={t('event.location')}>
            <SimpleGrid cols={3}>
              <CountryPicker label={t('fields.countryCode')} description={t('form.countryHint')} value={values.countryCode} onChange={(code) => set('countryCode', code)} error={err('countryCode')} inputWrapperOrder={['label', 'input', 'description', 'error']} comboboxProps={{ withinPortal: false }} />
              <TextInput label={t('fields.region')} value={values.region} onChange={(e) => set('region', e.currentTarget.value)} error={err('region')} />
              <TextInput label={t('fields.city')} value={values.city} onChange={(e) => set('city', e.currentTarget.value)} error={err('city')} />
            </SimpleGrid>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('event.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
