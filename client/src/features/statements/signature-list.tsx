import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import type { StatementDetailFragment } from '../../gql/graphql';

type Signature = StatementDetailFragment['signatures'][number];

interface Props {
  signatures: Signature[];
  /** Organisations whose signature the viewer may withdraw now (empty when the statement is not open). */
  withdrawableOrgIds: string[];
  onWithdraw: (organisationId: string) => void;
  withdrawing: boolean;
}

/** Every listed signature; those on an earlier version are marked outdated (they no longer count). */
export function SignatureList({ signatures, withdrawableOrgIds, onWithdraw, withdrawing }: Props) {
  const orgName = useOrganisationName();
  const { t } = useTranslation('statements');
  const format = useFormat();
  if (signatures.length === 0) return <Text c="dimmed">{t('signatures.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700} type="native" tabIndex={0}>
      <Table data-testid="signature-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('signatures.organisation')}</Table.Th>
            <Table.Th>{t('signatures.signatory')}</Table.Th>
            <Table.Th>{t('signatures.signatoryTitle')}</Table.Th>
            <Table.Th>{t('signatures.date')}</Table.Th>
            <Table.Th>{t('signatures.state')}</Table.Th>
            {withdrawableOrgIds.length > 0 ? <Table.Th>{t('signatures.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {signatures.map((s) => (
            <Table.Tr key={s.id} data-current={s.current} style={s.current ? undefined : { color: 'var(--mantine-color-dimmed)' }}>
              <Table.Td>
                {orgName(s.organisation)}, {s.organisation.city}
              </Table.Td>
              <Table.Td>{s.signatoryName}</Table.Td>
              <Table.Td>{s.signatoryTitle ?? '—'}</Table.Td>
              <Table.Td>{format.dateTime(s.signedAt)}</Table.Td>
              <Table.Td>
                {s.current ? (
                  <Badge color="green" variant="light" style={{ minWidth: 'max-content' }}>
                    {t('signatures.current', { n: s.versionNumber })}
                  </Badge>
                ) : (
                  <Badge color="orange" variant="light" style={{ minWidth: 'max-content' }}>
                    {t('signatures.outdated', { n: s.versionNumber })}
                  </Badge>
                )}
              </Table.Td>
              {withdrawableOrgIds.length > 0 ? (
                <Table.Td>
                  {withdrawableOrgIds.includes(s.organisation.id) ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={withdrawing}
                      onClick={() => onWithdraw(s.organisation.id)}
                      aria-label={t('signatures.withdrawFor', { organisation: orgName(s.organisation) })}
                    >
                      {t('signatures.withdraw')}
                    </Button>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
