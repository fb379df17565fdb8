import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import { CountryPicker } from '../../layout/country-picker';
import type { CaseCategory, CaseStatus, Visibility } from '../../gql/graphql';
import { FIGURE_FIELDS, validateCreate, validateUpdate, type CaseFormValues, type FieldErrors } from './case-form-values';
import { CASE_CATEGORIES, CASE_STATUSES, VISIBILITIES } from './case-enums';
import { translateValidation } from './validation-message';

export interface CaseFormProps {
  mode: 'create' | 'edit';
  values: CaseFormValues;
  onChange: (values: CaseFormValues) => void;
  /** For edits: the values the user started from; only changes relative to them are validated and sent. */
  base?: CaseFormValues;
  /** For creation: the organisations the user may create cases for. */
  organisations?: { id: string; name: string }[];
  /** Field errors the server reported (BAD_USER_INPUT). */
  serverErrors?: FieldErrors;
  submitting?: boolean;
  onSubmit: (values: CaseFormValues) => void;
  onCancel?: () => void;
}

/** The one form behind /cases/new and /cases/:id/edit, validated with the shared zod schemas before anything is sent. */
export function CaseForm({ mode, values, onChange, base, organisations = [], serverErrors = {}, submitting, onSubmit, onCancel }: CaseFormProps) {
  const orgName = useOrganisationName();
  const { t } = useTranslation('cases');
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown: FieldErrors = { ...serverErrors, ...errors };
  const error = (field: keyof CaseFormValues) => translateValidation(t, shown[field]);

  const set = <K extends keyof CaseFormValues>(field: K, value: CaseFormValues[K]) => {
    onChange({ ...values, [field]: value });
    if (errors[field]) setErrors({ ...errors, [field]: undefined });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = mode === 'create' ? validateCreate(values) : validateUpdate(base ?? values, values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit(values);
  };

  const hasErrors = Object.values(shown).some(Boolean);

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? t('form.createLabel') : t('form.editLabel')}>
      <Stack gap="md" maw={900}>
        {hasErrors ? (
          <Alert color="red" role="alert" title={t('form.invalid')}>
            {t('form.invalidHint')}
          </Alert>
        ) : null}
        {mode === 'create' ? (
          <SimpleGrid cols={2}>
            <NativeSelect
              label={t('fields.organisation')}
              required
              value={values.organisationId}
              onChange={(e) => set('organisationId', e.currentTarget.value)}
              error={error('organisationId')}
              data={[{ value: '', label: t('form.chooseOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: orgName(o) }))]}
            />
            <TextInput
              label={t('fields.reference')}
              description={t('form.referenceHint')}
              value={values.reference}
              onChange={(e) => set('reference', e.currentTarget.value)}
              error={error('reference')}
            />
          </SimpleGrid>
        ) : null}
        <TextInput label={t('fields.title')} required value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={error('title')} />
        <Textarea
          label={t('fields.summary')}
          autosize
          minRows={4}
          value={values.summary}
          onChange={(e) => set('summary', e.currentTarget.value)}
          error={error('summary')}
        />
        <SimpleGrid cols={3}>
          <NativeSelect
            label={t('fields.status')}
            value={values.status}
            onChange={(e) => set('status', e.currentTarget.value as CaseStatus)}
            data={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            error={error('status')}
          />
          <NativeSelect
            label={t('fields.visibility')}
            description={t(`visibilityHint.${values.visibility}`)}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={values.visibility}
            onChange={(e) => set('visibility', e.currentTarget.value as Visibility)}
            data={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
            error={error('visibility')}
          />
          <TextInput
            type="date"
            label={t('fields.incidentDate')}
            description={mode === 'edit' ? t('form.incidentDateEditHint') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={values.incidentDate}
            onChange={(e) => set('incidentDate', e.currentTarget.value)}
            error={error('incidentDate')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('fields.categories')}
          value={values.categories}
          onChange={(list) => set('categories', list as CaseCategory[])}
          error={error('categories')}
        >
          <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs">
            {CASE_CATEGORIES.map((c) => (
              <Checkbox key={c} value={c} label={t(`category.${c}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Fieldset legend={t('fields.location')}>
          <SimpleGrid cols={3}>
            <CountryPicker
              label={t('fields.countryCode')}
              required
              description={t('form.countryHint')}
              value={values.countryCode}
              onChange={(code) => set('countryCode', code)}
              error={error('countryCode')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
            />
            <TextInput label={t('fields.region')} value={values.region} onChange={(e) => set('region', e.currentTarget.value)} error={error('region')} />
            <TextInput label={t('fields.city')} value={values.city} onChange={(e) => set('city', e.currentTarget.value)} error={error('city')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('fields.figures')}>
          <SimpleGrid cols={4}>
            {FIGURE_FIELDS.map((f) => (
              <NumberInput
                key={f}
                label={t(`figures.${f}`)}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                value={values[f]}
                onChange={(v) => set(f, typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v))}
                error={error(f)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Switch
          label={t('fields.includeInStatistics')}
          checked={values.includeInStatistics}
          onChange={(e) => set('includeInStatistics', e.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed">
          {t('form.draftKept')}
        </Text>
        <Group>
          <Button type="submit" loading={submitting}>
            {mode === 'create' ? t('form.create') : t('form.save')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
