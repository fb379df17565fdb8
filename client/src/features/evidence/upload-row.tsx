import { Alert, Button, Card, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadItem } from './use-evidence-upload';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** One upload: progress, speed and time left, pause/resume, and why it stopped. */
export function UploadRow({ item, onPause, onResume, onDismiss }: { item: UploadItem; onPause: () => void; onResume: () => void; onDismiss: () => void }) {
  const { t } = useTranslation('cases');
  const percent = item.size ? Math.round((item.sent / item.size) * 100) : 100;
  const left = item.speed > 0 ? Math.ceil((item.size - item.sent) / item.speed) : null;
  return (
    <Card withBorder padding="xs" data-testid="evidence-upload">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500} truncate>
          {item.name}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {item.phase === 'uploading' ? (
            <Button size="compact-xs" variant="light" onClick={onPause}>
              {t('evidence.pause')}
            </Button>
          ) : null}
          {item.phase === 'paused' || item.phase === 'waiting' || (item.phase === 'failed' && item.error === 'network') ? (
            <Button size="compact-xs" variant="light" onClick={onResume}>
              {t('evidence.resume')}
            </Button>
          ) : null}
          {item.phase === 'done' || item.phase === 'failed' ? (
            <Button size="compact-xs" variant="subtle" onClick={onDismiss}>
              {t('evidence.dismiss')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Progress value={percent} mt={4} color={item.phase === 'failed' ? 'red' : item.phase === 'done' ? 'green' : undefined} aria-label={t('evidence.progress', { name: item.name })} />
      <Text size="xs" c="dimmed">
        {t(`evidence.phase.${item.phase}`)} · {formatBytes(item.sent)} / {formatBytes(item.size)}
        {item.phase === 'uploading' && item.speed > 0 ? ` · ${formatBytes(item.speed)}/s` : ''}
        {item.phase === 'uploading' && left !== null ? ` · ${t('evidence.timeLeft', { seconds: left })}` : ''}
      </Text>
      {item.error ? (
        <Alert color={item.phase === 'waiting' ? 'yellow' : 'red'} mt={4} p="xs" role={item.phase === 'waiting' ? 'status' : 'alert'}>
          {t(item.phase === 'waiting' ? 'evidence.error.offline' : `evidence.error.${item.error}`, { defaultValue: t('evidence.error.attach') })}
        </Alert>
      ) : null}
    </Card>
  );
}
