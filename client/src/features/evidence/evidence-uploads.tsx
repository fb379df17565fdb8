import { useMutation } from '@apollo/client';
import { Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../layout/file-drop-zone';
import { ATTACH_EVIDENCE_MUTATION, CASE_EVIDENCE_QUERY } from './evidence-operations';
import { UploadRow } from './upload-row';
import { useEvidenceUpload, type UploadItem } from './use-evidence-upload';

type Uploads = ReturnType<typeof useEvidenceUpload>;
const UploadsContext = createContext<Uploads | null>(null);

/** The reason the server gives for a refused upload (extensions.reason), else 'attach'. */
function refusalOf(error: unknown): string {
  const reason = (error as { graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }).graphQLErrors?.[0]
    ?.extensions?.['reason'];
  return typeof reason === 'string' ? reason : 'attach';
}

/**
 * One upload queue per case page: the evidence panel and each timeline event's drop zone add to it, and a
 * finished upload is attached where it was dropped (the case, or that event).
 */
export function EvidenceUploadsProvider({ caseId, children }: { caseId: string; children: ReactNode }) {
  const [attach] = useMutation(ATTACH_EVIDENCE_MUTATION);
  const finished = useCallback(
    async (uploadId: string, item: UploadItem) => {
      const { eventId, description, containsPersonalData } = item.target;
      try {
        await attach({
          variables: { uploadId, caseId, eventId, description, containsPersonalData },
          // The panel's list, and the case page's timeline (each event names its files).
          refetchQueries: [{ query: CASE_EVIDENCE_QUERY, variables: { id: caseId } }, 'CaseDetail'],
          awaitRefetchQueries: true,
        });
      } catch (e) {
        throw new Error(refusalOf(e));
      }
    },
    [attach, caseId],
  );
  const uploads = useEvidenceUpload(caseId, finished);
  return <UploadsContext.Provider value={uploads}>{children}</UploadsContext.Provider>;
}

export function useEvidenceUploads(): Uploads {
  const uploads = useContext(UploadsContext);
  if (!uploads) throw new Error('useEvidenceUploads needs an EvidenceUploadsProvider');
  return uploads;
}

/** A timeline event's own drop zone and file picker: what is dropped here is attached to that event. */
export function EventEvidenceDrop({ eventId, eventTitle }: { eventId: string; eventTitle: string }) {
  const { t } = useTranslation('cases');
  const { items, start, pause, resume, dismiss } = useEvidenceUploads();
  const add = (files: File[]) => {
    // Personal data by default, as in the panel: the safe choice until someone says the file shows no one.
    for (const file of files) start(file, { from: 'event', eventId, description: null, containsPersonalData: true });
  };
  const mine = items.filter((i) => i.target.from === 'event' && i.target.eventId === eventId);
  return (
    <Stack gap={4} mt={4}>
      <FileDropZone
        compact
        testId="event-evidence-dropzone"
        inputTestId="event-evidence-input"
        // The name begins with the visible text (WCAG 2.5.3), then names the event for a screen reader.
        name={`${t('evidence.eventDrop')} (${eventTitle})`}
        onFiles={add}
      >
        <Text size="xs" c="dimmed">
          {t('evidence.eventDrop')}
        </Text>
      </FileDropZone>
      {mine.map((item) => (
        <UploadRow
          key={item.key}
          item={item}
          onPause={() => pause(item.key)}
          onResume={() => resume(item.key)}
          onDismiss={() => dismiss(item.key)}
        />
      ))}
    </Stack>
  );
}
