import { useMutation } from '@apollo/client';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../layout/error-alert';
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
      <Modal opened={opened} onClose={dismiss} title={t('person.removeTitle', { pseudonym })}>
        <Stack>
          <Text size="sm">{t('person.removeConfirm')}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss} data-autofocus>
              {t('form.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {t('person.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
