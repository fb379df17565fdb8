import { useCallback, useEffect, useRef, useState } from 'react';
import { Upload } from 'tus-js-client';

export type UploadPhase = 'uploading' | 'paused' | 'waiting' | 'attaching' | 'done' | 'failed';

/** Where a file goes once uploaded, fixed when the upload starts (changing the form later does not move it). */
export interface UploadTarget {
  /** The drop zone it came from: the evidence panel, or a timeline event's own. */
  from: 'case' | 'event';
  eventId: string | null;
  description: string | null;
  containsPersonalData: boolean;
}

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  sent: number;
  /** Bytes per second over the last few seconds. */
  speed: number;
  phase: UploadPhase;
  error: string | null;
  target: UploadTarget;
}

/** 512 KiB: a chunk a slow mobile link sends in seconds, so little is resent after a drop. */
const CHUNK_SIZE = 512 * 1024;

/**
 * Resumable uploads (tus) to /uploads. tus-js-client remembers each upload's URL in localStorage by the
 * file's fingerprint, so the same file picked again after a reload, a closed lid or a restart resumes
 * where it stopped; a dropped connection is retried with back-off. Offline, tus-js-client stops retrying
 * (navigator.onLine is false): the upload waits, and starts again by itself on the browser's `online`
 * event, from the offset the server confirms.
 */
export function useEvidenceUpload(caseId: string, onFinished: (uploadId: string, item: UploadItem) => Promise<void>) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const uploads = useRef(new Map<string, Upload>());
  const rate = useRef(new Map<string, { at: number; sent: number }>());
  /** Uploads stopped by a lost connection (not paused by the user): resumed when the browser is online again. */
  const stalled = useRef(new Set<string>());

  const update = useCallback((key: string, change: Partial<UploadItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i))), []);

  const start = useCallback(
    (file: File, target: UploadTarget) => {
      const key = `${file.name}:${file.size}:${file.lastModified}:${Math.random().toString(36).slice(2)}`;
      const item: UploadItem = { key, name: file.name, size: file.size, sent: 0, speed: 0, phase: 'uploading', error: null, target };
      setItems((all) => [...all, item]);
      const upload = new Upload(file, {
        endpoint: '/uploads',
        chunkSize: CHUNK_SIZE,
        retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000],
        metadata: { filename: file.name, caseId },
        removeFingerprintOnSuccess: true,
        onProgress: (sent) => {
          const now = Date.now();
          const last = rate.current.get(key);
          let speed = 0;
          if (last && now > last.at) speed = ((sent - last.sent) * 1000) / (now - last.at);
          if (!last || now - last.at > 1500) rate.current.set(key, { at: now, sent });
          update(key, { sent, ...(speed > 0 ? { speed } : {}) });
        },
        onError: (error) => {
          const status = (error as { originalResponse?: { getStatus(): number } | null }).originalResponse?.getStatus();
          const refusal = status === 413 ? 'tooLarge' : status === 403 ? 'forbidden' : status === 401 ? 'signedOut' : null;
          if (refusal) {
            update(key, { phase: 'failed', error: refusal, speed: 0 });
            return;
          }
          stalled.current.add(key);
          update(key, { phase: navigator.onLine === false ? 'waiting' : 'failed', error: 'network', speed: 0 });
        },
        onSuccess: () => {
          const uploadId = (upload.url ?? '').split('/').pop() ?? '';
          update(key, { phase: 'attaching', sent: file.size });
          void onFinished(uploadId, item).then(
            () => update(key, { phase: 'done' }),
            (error: unknown) => update(key, { phase: 'failed', error: error instanceof Error ? error.message : 'attach' }),
          );
        },
      });
      uploads.current.set(key, upload);
      void upload.findPreviousUploads().then((previous) => {
        if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
        upload.start();
      });
    },
    [caseId, onFinished, update],
  );

  const resume = useCallback((key: string) => {
    stalled.current.delete(key);
    uploads.current.get(key)?.start();
    update(key, { phase: 'uploading', error: null });
  }, [update]);

  // Back online: every upload the connection stopped goes on by itself (tus asks the server where it stopped).
  useEffect(() => {
    const online = () => {
      for (const key of [...stalled.current]) resume(key);
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [resume]);

  const pause = useCallback((key: string) => {
    stalled.current.delete(key);
    void uploads.current.get(key)?.abort();
    update(key, { phase: 'paused', speed: 0 });
  }, [update]);

  const dismiss = useCallback((key: string) => {
    stalled.current.delete(key);
    void uploads.current.get(key)?.abort();
    uploads.current.delete(key);
    setItems((all) => all.filter((i) => i.key !== key));
  }, []);

  return { items, start, pause, resume, dismiss };
}
