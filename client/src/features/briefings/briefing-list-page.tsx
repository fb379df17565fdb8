import { useQuery } from '@apollo/client';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type NamedOrganisation, useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { BriefingCreateDialog } from './briefing-create-dialog';
import { BRIEFING_LIST_QUERY } from './briefing-operations';
import { BriefingStatusBadge } from './briefing-status-badge';
import { PageTitle } from '../../layout/page-title';

export function BriefingListPage() {
  const { t } = useTranslation('briefings');
  const format = useFormat();
  const session = useSession();
  const [creating, { open, close }] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(BRIEFING_LIST_QUERY);
  // A liaison reads released briefings only; the page offers nothing else (the server filters too).
  const authorOrgs = session.isLiaisonOnly ? [] : session.orgsWithRole('ADMIN', 'CASEWORKER');
  const briefings = (data?.briefings ?? []).filter((b) => !session.isLiaisonOnly || b.status === 'RELEASED');

  if (loading && !data) return <PageLoader />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <PageTitle>{t('list.title')}</PageTitle>
        {authorOrgs.length > 0 ? <Button onClick={open}>{t('list.new')}</Button> : null}
      </Group>
      <Text c="dimmed" size="sm">
        {session.isLiaisonOnly ? t('list.liaisonIntro') : t('list.intro')}
      </Text>
      <ErrorAlert error={error} />
      {briefings.length === 0 ? (
        <Text>{session.isLiaisonOnly ? t('list.emptyLiaison') : t('list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700} type="native" tabIndex={0}>
          <Table striped highlightOnHover aria-label={t('list.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.title')}</Table.Th>
                <Table.Th>{t('fields.audience')}</Table.Th>
                <Table.Th>{t('fields.author')}</Table.Th>
                {session.isLiaisonOnly ? null : <Table.Th>{t('fields.status')}</Table.Th>}
                <Table.Th>{session.isLiaisonOnly ? t('fields.releasedAt') : t('fields.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {briefings.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/briefings/${b.id}`}>
                      {b.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{b.audience}</Table.Td>
                  <Table.Td>{b.author.name}</Table.Td>
                  {session.isLiaisonOnly ? null : (
                    <Table.Td>
                      <BriefingStatusBadge status={b.status} />
                      <ListStateNote status={b.status} approvals={b.approvals} />
                    </Table.Td>
                  )}
                  <Table.Td>{format.date(session.isLiaisonOnly ? b.releasedAt : b.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {authorOrgs.length > 0 ? <BriefingCreateDialog opened={creating} onClose={close} organisations={authorOrgs} onCreated={() => void refetch()} /> : null}
    </Stack>
  );
}

/** What a draft or pending briefing waits for, so the list tells who must act next. */
function ListStateNote({ status, approvals }: { status: string; approvals: { approved?: boolean | null; organisation: NamedOrganisation }[] }) {
  const orgName = useOrganisationName();
  const { t } = useTranslation('briefings');
  const refused = status === 'DRAFT' ? approvals.find((a) => a.approved === false) : undefined;
  if (refused) {
    return (
      <Text size="xs" c="orange">
        {t('list.refusedBy', { organisation: orgName(refused.organisation) })}
      </Text>
    );
  }
  if (status !== 'AWAITING_APPROVAL') return null;
  const decided = approvals.filter((a) => a.approved === true).length;
  return (
    <Text size="xs" c="dimmed">
      {t('list.approvedOf', { approved: decided, total: approvals.length })}
    </Text>
  );
}
