import { useMutation, useQuery } from '@apollo/client';
import { isCountryCode } from '@coalition/shared';
import { LANGUAGES, LANGUAGE_NAMES } from '../../core/languages';
import { useOrganisationName } from '../../core/organisation-name';
import { CountryPicker } from '../../layout/country-picker';
import { Alert, Anchor, Button, Fieldset, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import type { OrganisationFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { CREATE_ORGANISATION, ORGANISATIONS_QUERY, UPDATE_ORGANISATION } from './admin-operations';
import { PageTitle } from '../../layout/page-title';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function OrganisationsPage() {
  const orgName = useOrganisationName();
  const { t } = useTranslation('admin');
  const format = useFormat();
  const session = useSession();
  const { data, loading, error } = useQuery(ORGANISATIONS_QUERY, { skip: !session.isCoordinator });
  const [editing, setEditing] = useState<OrganisationFieldsFragment | 'new' | null>(null);

  if (!session.isCoordinator) {
    return (
      <Stack>
        <PageTitle>{t('orgs.title')}</PageTitle>
        <Alert color="gray" role="status">
          {t('orgs.notAllowed')}
        </Alert>
      </Stack>
    );
  }
  if (loading && !data) return <PageLoader />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <PageTitle>{t('orgs.title')}</PageTitle>
        <Button onClick={() => setEditing('new')}>{t('orgs.new')}</Button>
      </Group>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={800} type="native" tabIndex={0}>
        <Table striped aria-label={t('orgs.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orgs.name')}</Table.Th>
              <Table.Th>{t('orgs.slug')}</Table.Th>
              <Table.Th>{t('orgs.city')}</Table.Th>
              <Table.Th>{t('orgs.representative')}</Table.Th>
              <Table.Th>{t('orgs.website')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.organisations ?? []).map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  {orgName(o)}
                  {o.localName ? <div style={{ fontSize: 12, opacity: 0.7 }}>{o.localName}</div> : null}
                </Table.Td>
                <Table.Td>{o.slug}</Table.Td>
                <Table.Td>
                  {o.city}, {format.country(o.countryCode)}
                </Table.Td>
                <Table.Td>{o.representative}</Table.Td>
                <Table.Td>
                  {o.website ? (
                    <Anchor href={o.website} target="_blank" rel="noopener noreferrer">
                      {o.website}
                    </Anchor>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" aria-label={t('orgs.editOf', { name: orgName(o) })} onClick={() => setEditing(o)}>
                    {t('orgs.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('orgs.createTitle') : t('orgs.editTitle')} size="lg">
        {editing ? <OrganisationForm key={editing === 'new' ? 'new' : editing.id} organisation={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </Stack>
  );
}

interface FormValues {
  name: string;
  localName: string;
  slug: string;
  city: string;
  countryCode: string;
  representative: string;
  website: string;
  /** The name per interface language other than English (`name` is the English one). */
  names: Record<string, string>;
}

const NAME_LANGUAGES = LANGUAGES.filter((l) => l !== 'en');

function OrganisationForm({ organisation, onDone }: { organisation: OrganisationFieldsFragment | null; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState<FormValues>({
    name: organisation?.name ?? '',
    localName: organisation?.localName ?? '',
    slug: organisation?.slug ?? '',
    city: organisation?.city ?? '',
    countryCode: organisation?.countryCode ?? '',
    representative: organisation?.representative ?? '',
    website: organisation?.website ?? '',
    names: Object.fromEntries(NAME_LANGUAGES.map((l) => [l, organisation?.names.find((n) => n.language === l)?.name ?? ''])),
  });
  const [touched, setTouched] = useState(false);
  const [create, createState] = useMutation(CREATE_ORGANISATION, { refetchQueries: [ORGANISATIONS_QUERY] });
  const [update, updateState] = useMutation(UPDATE_ORGANISATION);
  const set = (key: keyof FormValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const country = values.countryCode.trim().toUpperCase();
  const errors = {
    name: !values.name.trim() ? t('orgs.required') : null,
    city: !values.city.trim() ? t('orgs.required') : null,
    slug: organisation ? null : !SLUG.test(values.slug.trim()) ? t('orgs.slugInvalid') : null,
    countryCode: organisation ? null : !isCountryCode(country) ? t('orgs.countryInvalid') : null,
  };
  const optional = (value: string) => (value.trim() ? value.trim() : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(errors).some(Boolean)) return;
    const common = {
      name: values.name.trim(),
      city: values.city.trim(),
      localName: optional(values.localName),
      representative: optional(values.representative),
      website: optional(values.website),
      names: NAME_LANGUAGES.map((language) => ({ language, name: values.names[language]?.trim() ?? '' })),
    };
    const ok = organisation
      ? await update({ variables: { id: organisation.id, input: common } }).catch(() => null)
      : await create({ variables: { input: { ...common, slug: values.slug.trim(), countryCode: country } } }).catch(() => null);
    if (ok?.data) onDone();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <TextInput label={t('orgs.name')} required value={values.name} onChange={set('name')} error={touched && errors.name} />
        <TextInput label={t('orgs.localName')} description={t('orgs.localNameHint')} value={values.localName} onChange={set('localName')} />
        <Fieldset legend={t('orgs.namesIn')}>
          <Text size="xs" c="dimmed" mb="xs">
            {t('orgs.namesHint')}
          </Text>
          <SimpleGrid cols={2}>
            {NAME_LANGUAGES.map((language) => (
              <TextInput
                key={language}
                label={LANGUAGE_NAMES[language]}
                lang={language}
                maxLength={200}
                value={values.names[language] ?? ''}
                onChange={(e) => {
                  const name = e.currentTarget.value;
                  setValues((v) => ({ ...v, names: { ...v.names, [language]: name } }));
                }}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('orgs.slug')}
            description={organisation ? t('orgs.slugFixed') : t('orgs.slugHint')}
            required
            disabled={!!organisation}
            value={values.slug}
            onChange={set('slug')}
            error={touched && errors.slug}
          />
          <CountryPicker
            label={t('orgs.countryCode')}
            description={organisation ? t('orgs.countryFixed') : t('orgs.countryHint')}
            required
            disabled={!!organisation}
            clearable={false}
            value={values.countryCode}
            onChange={(code) => setValues((v) => ({ ...v, countryCode: code }))}
            error={touched && errors.countryCode}
            comboboxProps={{ withinPortal: false }}
          />
        </SimpleGrid>
        <TextInput label={t('orgs.city')} required value={values.city} onChange={set('city')} error={touched && errors.city} />
        <TextInput label={t('orgs.representative')} description={t('orgs.representativeHint')} value={values.representative} onChange={set('representative')} />
        <TextInput label={t('orgs.website')} type="url" value={values.website} onChange={set('website')} />
        <ErrorAlert error={createState.error ?? updateState.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('orgs.cancel')}
          </Button>
          <Button type="submit" loading={createState.loading || updateState.loading}>
            {t('orgs.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
