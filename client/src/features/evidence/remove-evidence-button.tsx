import { useMutation } from '@apollo/client';
import { Button, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../layout/confirm-modal';
import { REMOVE_EVIDENCE_MUTATION } from './evidence-operations';

/**
 * Removing a file destroys its key (crypto-shredding): it cannot be undone, so it asks first, with the
 * reason the contract requires (kept with the file's hash and chain of custody). Owner ADMINs only.
 */
export function RemoveEvidenceButton({ fileId, fileName, onRemoved }: { fileId: string; fileName: string; onRemoved: () => void }) {
  const { t } = useTranslation('cases');
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [remove, { loading, error, reset }] = useMutation(REMOVE_EVIDENCE_MUTATION);
  const dismiss = () => {
    reset();
    setReason('');
    close();
  };
  const confirm = async () => {
    try {
      await remove({ variables: { id: fileId, reason: reason.trim() } });
    } catch {
      return;
    }
    dismiss();
    onRemoved();
  };
  return (
    <>
      <Button size="compact-xs" variant="subtle" color="red" onClick={open} aria-label={t('evidence.removeFor', { name: fileName })}>
        {t('evidence.remove')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={dismiss}
        title={t('evidence.removeTitle', { name: fileName })}
        text={t('evidence.removeConfirm')}
        confirmLabel={t('evidence.remove')}
        loading={loading}
        disabled={!reason.trim()}
        error={error}
        onConfirm={() => void confirm()}
      >
        <Textarea label={t('evidence.removeReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
      </ConfirmModal>
    </>
  );
}
