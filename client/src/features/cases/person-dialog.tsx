import { useMutation } from '@apollo/client';
import { casePersonInputSchema } from '@coalition/shared';
import { Button, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonRole } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { PERSON_ROLES } from './case-enums';
import { ADD_PERSON_MUTATION } from './case-operations';
import { useDraftForm, type CaseDraftDialogProps } from './use-draft-form';
import { CountryPicker } from '../../layout/country-picker';

interface PersonValues {
  fullName: string;
  pseudonym: string;
  role: PersonRole;
  minor: boolean;
  birthYear: number | '';
  citizenship: string;
  contact: string;
  consentToShare: boolean;
}

const EMPTY: PersonValues = { fullName: '', pseudonym: '', role: 'VICTIM', minor: false, birthYear: '', citizenship: '', contact: '', consentToShare: false };

function toPersonInput(values: PersonValues) {
  return {
    fullName: values.fullName,
    pseudonym: values.pseudonym.trim() || null,
    role: values.role,
    minor: values.minor,
    birthYear: values.birthYear === '' ? null : values.birthYear,
    citizenship: values.citizenship.trim() || null,
    contact: values.contact.trim() || null,
    consentToShare: values.consentToShare,
  };
}

/** Adds a person to a case; the pseudonym is what other organisations see unless the person consents. */
export function PersonDialog({
  caseId,
  draftKey,
  opened,
  onClose,
  onAdded,
}: CaseDraftDialogProps) {
  const [add, { loading, error, reset }] = useMutation(ADD_PERSON_MUTATION);
  const { t } = useTranslation('cases');
  const { values, set, err, close, submit } = useDraftForm({
    storageKey: `case-person.${draftKey}`,
    empty: EMPTY,
    toInput: toPersonInput,
    schema: casePersonInputSchema,
    save: (input) => add({ variables: { caseId, input } }),
    onSaved: onAdded,
    onClose: () => {
      reset();
      onClose();
    },
  });

  return (
    <Modal opened={opened} onClose={close} title={t('person.addTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          <TextInput label={t('person.fullName')} required data-autofocus value={values.fullName} onChange={(e) => set('fullName', e.currentTarget.value)} error={err('fullName')} />
          <TextInput
            label={t('person.pseudonym')}
            description={t('person.pseudonymHint')}
            value={values.pseudonym}
            onChange={(e) => set('pseudonym', e.currentTarget.value)}
            error={err('pseudonym')}
          />
          <SimpleGrid cols={3}>
            <NativeSelect
              label={t('person.role')}
              value={values.role}
              onChange={(e) => set('role', e.currentTarget.value as PersonRole)}
              data={PERSON_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            />
            <NumberInput
              label={t('person.birthYear')}
              allowDecimal={false}
              allowNegative={false}
              value={values.birthYear}
              onChange={(v) => set('birthYear', typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v))}
              error={err('birthYear')}
            />
            <CountryPicker
              label={t('person.citizenship')}
              description={t('form.countryHint')}
              value={values.citizenship}
              onChange={(code) => set('citizenship', code)}
              error={err('citizenship')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              comboboxProps={{ withinPortal: false }}
            />
          </SimpleGrid>
          <TextInput label={t('person.contact')} value={values.contact} onChange={(e) => set('contact', e.currentTarget.value)} error={err('contact')} />
          <Switch label={t('person.minor')} checked={values.minor} onChange={(e) => set('minor', e.currentTarget.checked)} />
          <Switch
            label={t('person.consentToShare')}
            description={t('person.consentHint')}
            checked={values.consentToShare}
            onChange={(e) => set('consentToShare', e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('person.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
