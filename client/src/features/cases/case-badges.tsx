import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, Visibility } from '../../gql/graphql';

const VISIBILITY_COLOR: Record<Visibility, string> = { RESTRICTED: 'gray', SHARED: 'blue', COALITION: 'teal' };
const STATUS_COLOR: Record<CaseStatus, string> = { OPEN: 'orange', MONITORING: 'yellow', RESOLVED: 'green', CLOSED: 'gray' };
// Mantine truncates badge labels when a table column is narrow; a clipped "RESTRI…" says nothing.
const UNCLIPPED = { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } as const;

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" styles={UNCLIPPED}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Who can read the case, and whether it crosses borders: the two facts a caseworker checks before sharing. */
export function CaseBadges({ visibility, crossBorder }: { visibility: Visibility; crossBorder: boolean }) {
  const { t } = useTranslation('cases');
  return (
    <Group gap={4}>
      <Badge color={VISIBILITY_COLOR[visibility]} variant="outline" title={t(`visibilityHint.${visibility}`)} styles={UNCLIPPED}>
        {t(`visibility.${visibility}`)}
      </Badge>
      {crossBorder ? (
        <Badge color="grape" variant="light" styles={UNCLIPPED}>
          {t('crossBorder')}
        </Badge>
      ) : null}
    </Group>
  );
}
