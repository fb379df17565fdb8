import { Box } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The shell still opens from the service worker's cache without a network: say so, plainly. */
export function OfflineBanner() {
  const { t } = useTranslation('shell');
  const { online } = useNetwork();
  return (
    <div role="status" aria-live="polite">
      {online ? null : (
        <Box data-testid="offline-banner" bg="yellow.2" c="dark.9" px="md" py="xs" fw={600} style={{ position: 'fixed', insetInline: 0, bottom: 0, zIndex: 1000 }}>
          {t('offline')}
        </Box>
      )}
    </div>
  );
}
