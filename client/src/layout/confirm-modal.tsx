import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  /** Red confirm button, for what cannot be undone here (the default). */
  danger?: boolean;
  loading?: boolean;
  disabled?: boolean;
  /** The refused attempt, shown inside so the user can retry or cancel. */
  error?: unknown;
  /** Anything the confirmation needs besides yes or no: a date, a warning. */
  children?: ReactNode;
}

/**
 * Asks before a change: removing a member or a person, revoking an invitation, opening, publishing or
 * withdrawing a statement. Focus starts on Cancel, so Enter never confirms by accident.
 */
export function ConfirmModal({ danger = true, ...props }: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <Stack>
        <Text size="sm">{props.text}</Text>
        {props.children}
        <ErrorAlert error={props.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button color={danger ? 'red' : undefined} loading={props.loading} disabled={props.disabled} onClick={props.onConfirm}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
