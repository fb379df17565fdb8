import { useMutation } from '@apollo/client';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../layout/confirm-modal';
import { ERASE_PERSON_MUTATION } from './case-operations';

/**
 * Erasure destroys the person's key for good, in every backup too (the owner's ADMINs only): the dialog says so
 * before anything happens. A released briefing holding the case makes the server answer CONFLICT, shown in it.
 */
export function ErasePersonButton({ personId, pseudonym, onErased }: { personId: string; pseudonym: string; onErased: () => void }) {
  const { t } = useTranslation('cases');
  const [opened, { open, close }] = useDisclosure(false);
  const [erase, { loading, error, reset }] = useMutation(ERASE_PERSON_MUTATION);
  const dismiss = () => {
    reset();
    close();
  };
  const confirm = async () => {
    try {
      await erase({ variables: { personId } });
    } catch {
      return;
    }
    dismiss();
    onErased();
  };
  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={open} aria-label={t('person.eraseFor', { pseudonym })}>
        {t('person.erase')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={dismiss}
        title={t('person.eraseTitle', { pseudonym })}
        text={t('person.eraseConfirm', { pseudonym })}
        confirmLabel={t('person.erase')}
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
      />
    </>
  );
}
