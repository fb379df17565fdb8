import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import type { CaseDetailQuery } from '../../gql/graphql';

type CaseData = NonNullable<CaseDetailQuery['case']>;

/**
 * Who sees what: the server's Case.readers, computed from the rules it enforces. The owner's members are
 * told every reader; another reader the owner and its own organisation.
 */
export function CaseAccessPanel({ kase }: { kase: CaseData }) {
  const { t } = useTranslation('access');
  const orgName = useOrganisationName();
  const personLabel = new Map(kase.persons.map((p) => [p.id, p.fullName ? `${p.pseudonym} (${p.fullName})` : p.pseudonym]));
  const partial = kase.readers.some((r) => r.personsWithNames === null);

  return (
    <Stack gap="xs" component="section" aria-labelledby="case-access-title">
      <Title order={3} id="case-access-title">
        {t('panel.title')}
      </Title>
      <Text size="sm">{t(`panel.visibility.${kase.visibility}`)}</Text>
      <List spacing="xs" aria-label={t('panel.readers')}>
        {kase.readers.map((r) => {
          const owner = r.organisation.id === kase.ownerOrganisation.id;
          const names = r.personsWithNames?.map((id) => personLabel.get(id) ?? id) ?? null;
          return (
            <List.Item key={r.organisation.id}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{orgName(r.organisation)}</Text>
                {owner ? <Badge variant="outline">{t('panel.owner')}</Badge> : null}
                <Badge variant="light" color={r.canChange ? 'orange' : 'blue'}>
                  {r.canChange ? t('panel.changes') : t('panel.readsOnly')}
                </Badge>
              </Group>
              <Text size="sm">
                {names === null ? t('panel.namesNotTold') : names.length ? t('panel.names', { names: names.join(', ') }) : t('panel.noNames')}
              </Text>
            </List.Item>
          );
        })}
      </List>
      {partial ? (
        <Text size="sm" c="dimmed">
          {t('panel.partial')}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('panel.roles')}
      </Text>
    </Stack>
  );
}
