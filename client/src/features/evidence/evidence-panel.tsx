import { useMutation, useQuery } from '@apollo/client';
import {
  ActionIcon, Anchor, Badge, Button, Card, Checkbox, Code, CopyButton, Group, Image, NativeSelect, Stack, Table, Text, TextInput, Title, Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import type { CaseEvidenceQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import { FileDropZone } from '../../layout/file-drop-zone';
import { CASE_EVIDENCE_QUERY, VERIFY_EVIDENCE_MUTATION } from './evidence-operations';
import { useEvidenceUploads } from './evidence-uploads';
import { RemoveEvidenceButton } from './remove-evidence-button';
import { formatBytes, UploadRow } from './upload-row';

type EvidenceFile = NonNullable<CaseEvidenceQuery['case']>['evidence'][number];

function EvidenceCard({ file, canEdit, canRemove, onChanged }: { file: EvidenceFile; canEdit: boolean; canRemove: boolean; onChanged: () => void }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const [showCustody, setShowCustody] = useState(false);
  const [preview, setPreview] = useState(false);
  const [verify, verifyState] = useMutation(VERIFY_EVIDENCE_MUTATION);
  const playable = file.downloadUrl && (file.kind === 'VIDEO' || file.kind === 'AUDIO');
  return (
    <Card withBorder data-testid="evidence-file">
      <Group align="flex-start" wrap="nowrap">
        {file.thumbnailUrl ? (
          <Image src={file.thumbnailUrl} alt={t('evidence.previewOf', { name: file.fileName })} w={120} h={120} fit="contain" radius="sm" />
        ) : (
          <Badge variant="light" size="lg">
            {t(`evidence.kind.${file.kind}`)}
          </Badge>
        )}
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs">
            {file.downloadUrl ? (
              <Anchor href={file.downloadUrl} fw={600}>
                {file.fileName}
              </Anchor>
            ) : (
              <Text fw={600}>{file.fileName}</Text>
            )}
            <Badge size="xs" variant="outline">
              {file.mediaType}
            </Badge>
            {file.containsPersonalData ? (
              <Badge size="xs" color="orange" variant="light">
                {t('evidence.personalData')}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {formatBytes(file.size)} · {t('evidence.uploaded', { date: format.dateTime(file.uploadedAt) })}
            {file.uploadedBy ? ` · ${file.uploadedBy.displayName}` : ''}
            {file.event ? ` · ${t('evidence.forEvent', { event: file.event.title })}` : ''}
          </Text>
          {file.description ? <Text size="sm">{file.description}</Text> : null}
          <Group gap={4} wrap="nowrap">
            <Text size="xs">SHA-256</Text>
            <Code data-testid="evidence-sha256" style={{ wordBreak: 'break-all' }}>
              {file.sha256}
            </Code>
            <CopyButton value={file.sha256}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('evidence.copied') : t('evidence.copy')}>
                  <ActionIcon variant="subtle" size="sm" onClick={copy} aria-label={t('evidence.copyHash')}>
                    {copied ? '✓' : '⧉'}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          {file.capturedAt || file.latitude != null ? (
            <Text size="xs" c="dimmed">
              {file.capturedAt ? t('evidence.captured', { date: format.dateTime(file.capturedAt) }) : ''}
              {file.latitude != null && file.longitude != null ? ` · ${t('evidence.position', { lat: file.latitude.toFixed(5), lon: file.longitude.toFixed(5) })}` : ''}
            </Text>
          ) : null}
          {!file.downloadUrl && !file.sanitizedUrl ? (
            <Text size="xs" c="dimmed" fs="italic">
              {t('evidence.notDownloadable')}
            </Text>
          ) : null}
          <Group gap="xs">
            {file.sanitizedUrl ? (
              <Anchor href={file.sanitizedUrl} size="sm">
                {t('evidence.sanitized')}
              </Anchor>
            ) : null}
            {playable ? (
              <Button size="compact-xs" variant="subtle" onClick={() => setPreview((v) => !v)}>
                {t('evidence.play')}
              </Button>
            ) : null}
            <Button size="compact-xs" variant="subtle" onClick={() => setShowCustody((v) => !v)}>
              {t('evidence.custodyTitle', { count: file.custody.length })}
            </Button>
            {canEdit ? (
              <Button size="compact-xs" variant="subtle" loading={verifyState.loading} onClick={() => void verify({ variables: { id: file.id } }).then(onChanged, () => undefined)}>
                {t('evidence.verify')}
              </Button>
            ) : null}
            {canRemove ? <RemoveEvidenceButton fileId={file.id} fileName={file.fileName} onRemoved={onChanged} /> : null}
            <Text size="xs" c="dimmed">
              {file.verifiedAt ? t('evidence.verifiedAt', { date: format.dateTime(file.verifiedAt) }) : t('evidence.notVerified')}
            </Text>
          </Group>
          {preview && file.downloadUrl ? (
            file.kind === 'VIDEO' ? (
              <video controls preload="metadata" src={file.downloadUrl} style={{ maxWidth: '100%' }} />
            ) : (
              <audio controls preload="metadata" src={file.downloadUrl} />
            )
          ) : null}
          {verifyState.error ? <ErrorAlert error={verifyState.error} /> : null}
          {showCustody ? (
            <Table aria-label={t('evidence.custody')} data-testid="evidence-custody">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evidence.when')}</Table.Th>
                  <Table.Th>{t('evidence.action')}</Table.Th>
                  <Table.Th>{t('evidence.who')}</Table.Th>
                  <Table.Th>{t('evidence.matched')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {file.custody.map((c, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{format.dateTime(c.at)}</Table.Td>
                    <Table.Td>{t(`evidence.custodyAction.${c.action}`)}</Table.Td>
                    <Table.Td>{[c.organisation?.name ?? t('evidence.system'), c.user?.displayName].filter(Boolean).join(' · ')}</Table.Td>
                    <Table.Td>{c.sha256Matched === null ? '—' : c.sha256Matched ? t('yes') : t('no')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}

/**
 * The case's evidence files: upload (drag and drop or picker, resumable), previews, hashes, chain of custody,
 * removal for the owner's ADMINs. Uploads go through the page's EvidenceUploadsProvider, which the timeline's
 * event drop zones share.
 */
export function EvidencePanel({ caseId, onChanged }: { caseId: string; onChanged?: () => void }) {
  const { t } = useTranslation('cases');
  const session = useSession();
  const { data, error, refetch } = useQuery(CASE_EVIDENCE_QUERY, { variables: { id: caseId } });
  const [eventId, setEventId] = useState('');
  const [personal, setPersonal] = useState(true);
  const [description, setDescription] = useState('');
  const { items, start, pause, resume, dismiss } = useEvidenceUploads();
  const kase = data?.case;

  const add = (files: File[]) => {
    for (const file of files) start(file, { from: 'case', eventId: eventId || null, description: description || null, containsPersonalData: personal });
  };
  const changed = () => {
    void refetch();
    onChanged?.();
  };

  if (error) return <ErrorAlert error={error} />;
  if (!kase) return null;
  const canEdit = kase.myAccess.canEdit;
  const canRemove = session.orgsWithRole('ADMIN').some((o) => o.id === kase.ownerOrganisation.id);
  return (
    <Stack gap="xs" component="section" aria-labelledby="case-evidence-title">
      <Title order={3} id="case-evidence-title">
        {t('evidence.title')}
      </Title>
      {canEdit ? (
        <Card withBorder>
          <Stack gap="xs">
            <FileDropZone testId="evidence-dropzone" inputTestId="evidence-input" inputName={t('evidence.choose')} onFiles={add}>
              <Text>{t('evidence.drop')}</Text>
              <Text size="xs" c="dimmed">
                {t('evidence.allowed')}
              </Text>
            </FileDropZone>
            <Group grow align="flex-end">
              <NativeSelect
                label={t('evidence.event')}
                value={eventId}
                onChange={(e) => setEventId(e.currentTarget.value)}
                data={[{ value: '', label: t('evidence.noEvent') }, ...kase.events.map((e) => ({ value: e.id, label: `${e.occurredOn} · ${e.title}` }))]}
              />
              <TextInput label={t('evidence.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} maxLength={2000} />
            </Group>
            <Checkbox label={t('evidence.containsPersonalData')} description={t('evidence.containsPersonalDataHint')} checked={personal} onChange={(e) => setPersonal(e.currentTarget.checked)} />
            {items
              .filter((item) => item.target.from === 'case')
              .map((item) => (
                <UploadRow key={item.key} item={item} onPause={() => pause(item.key)} onResume={() => resume(item.key)} onDismiss={() => dismiss(item.key)} />
              ))}
          </Stack>
        </Card>
      ) : null}
      {kase.evidence.length === 0 ? <Text c="dimmed">{t('evidence.empty')}</Text> : null}
      {kase.evidence.map((file) => (
        <EvidenceCard key={file.id} file={file} canEdit={canEdit} canRemove={canRemove} onChanged={changed} />
      ))}
    </Stack>
  );
}
