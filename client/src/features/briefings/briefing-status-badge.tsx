import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BriefingStatus } from '../../gql/graphql';

const COLOR: Record<BriefingStatus, string> = { DRAFT: 'gray', AWAITING_APPROVAL: 'orange', RELEASED: 'green', REVOKED: 'red' };

export function BriefingStatusBadge({ status }: { status: BriefingStatus }) {
  const { t } = useTranslation('briefings');
  return (
    <Badge color={COLOR[status]} variant="light" styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
