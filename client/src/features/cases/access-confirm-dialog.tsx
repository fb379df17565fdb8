import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface AccessConfirmation {
  title: string;
  /** One line for each organisation that will newly read, or read more of, the case. */
  lines: string[];
  notes?: string[];
}

/** Names the organisations that are about to read the case before the change is sent. */
export function AccessConfirmDialog({
  confirmation,
  loading,
  onConfirm,
  onCancel,
}: {
  confirmation: AccessConfirmation | null;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('access');
  return (
    <Modal opened={confirmation !== null} onClose={onCancel} title={confirmation?.title} closeButtonProps={{ 'aria-label': t('confirm.cancel') }}>
      {confirmation ? (
        <Stack gap="sm">
          {confirmation.lines.length ? (
            <List aria-label={t('confirm.newReaders')}>
              {confirmation.lines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          ) : (
            <Text>{t('confirm.none')}</Text>
          )}
          {(confirmation.notes ?? []).map((note) => (
            <Text key={note} size="sm">
              {note}
            </Text>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('confirm.cancel')}
            </Button>
            <Button color="orange" loading={loading} onClick={onConfirm}>
              {t('confirm.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
