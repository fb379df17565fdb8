import { useMutation } from '@apollo/client';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../layout/confirm-modal';
import { REMOVE_PERSON_MUTATION } from './case-operations';

/** Removing a person cannot be undone from the interface, so it asks first. */
export function RemovePersonButton({ personId, pseudonym, onRemoved }: { personId: string; pseudonym: string; onRemoved: () => void }) {
  const { t } = useTranslation('cases');
  const [opened, { open, close }] = useDisclosure(false);
  const [remove, { loading, error, reset }] = useMutation(REMOVE_PERSON_MUTATION);
  const dismiss = () => {
    reset();
    close();
  };
  const confirm = async () => {
    try {
      await remove({ variables: { id: personId } });
    } catch {
      return;
    }
    dismiss();
    onRemoved();
  };
  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={open} aria-label={t('person.removeFor', { pseudonym })}>
        {t('person.remove')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={dismiss}
        title={t('person.removeTitle', { pseudonym })}
        text={t('person.removeConfirm')}
        confirmLabel={t('person.remove')}
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
      />
    </>
  );
}
