import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { useOrganisationName } from '../../core/organisation-name';
import type { StatementDetailFragment } from '../../gql/graphql';

type Signature = StatementDetailFragment['signatures'][number];

interface Props {
  statement: Pick<StatementDetailFragment, 'id' | 'title' | 'slug'>;
  signature: Signature;
}

/** What the downloaded receipt holds: only what the API already returned to this viewer. */
export function signatureReceipt(statement: Props['statement'], signature: Signature): Record<string, unknown> {
  return {
    kind: 'coalition.signature-receipt',
    statement: { id: statement.id, title: statement.title },
    signature: {
      id: signature.id,
      versionNumber: signature.versionNumber,
      contentHash: signature.contentHash,
      signedAt: signature.signedAt,
      signatoryName: signature.signatoryName,
      signatoryTitle: signature.signatoryTitle ?? null,
      organisation: { id: signature.organisation.id, name: signature.organisation.name },
      current: signature.current,
    },
  };
}

/** Made in the browser: the receipt needs no server round trip and leaves no copy anywhere else. */
function download(statement: Props['statement'], signature: Signature) {
  const blob = new Blob([`${JSON.stringify(signatureReceipt(statement, signature), null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `signature-${statement.slug ?? statement.id}-v${signature.versionNumber}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** The receipt of one organisation's signature, shown to those who may sign for it. */
export function SignatureReceipt({ statement, signature }: Props) {
  const { t } = useTranslation('statements');
  const format = useFormat();
  const orgName = useOrganisationName();
  return (
    <Alert
      color={signature.current ? 'green' : 'orange'}
      title={
        signature.current
          ? t('receipt.signed', { n: signature.versionNumber, organisation: orgName(signature.organisation) })
          : t('receipt.outdated', { n: signature.versionNumber, organisation: orgName(signature.organisation) })
      }
      data-testid="signature-receipt"
    >
      <Stack gap={4}>
        <Text size="sm">
          {t('receipt.by', {
            name: signature.signatoryName,
            title: signature.signatoryTitle ? `, ${signature.signatoryTitle}` : '',
            date: format.dateTime(signature.signedAt),
          })}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('receipt.hash')} <Code data-testid="receipt-hash">{signature.contentHash}</Code>
        </Text>
        <Group>
          <Button size="xs" variant="default" onClick={() => download(statement, signature)}>
            {t('receipt.download')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
