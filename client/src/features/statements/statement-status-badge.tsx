import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementStatus } from '../../gql/graphql';

const COLOR: Record<StatementStatus, string> = {
  DRAFT: 'gray',
  OPEN_FOR_SIGNATURE: 'blue',
  PUBLISHED: 'green',
  WITHDRAWN: 'red',
};

export function StatementStatusBadge({ status }: { status: StatementStatus }) {
  const { t } = useTranslation('statements');
  return (
    <Badge color={COLOR[status]} variant="light" style={{ minWidth: 'max-content' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
