import { useCallback, useRef, useState } from 'react';
import { Upload } from 'tus-js-client';

export type UploadPhase = 'uploading' | 'paused' | 'attaching' | 'done' | 'failed';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  sent: number;
  /** Bytes per second over the last few seconds. */
  speed: number;
  phase: UploadPhase;
  error: string | null;
}

/** 512 KiB: a chunk a slow mobile link sends in seconds, so little is resent after a drop. */
const CHUNK_SIZE = 512 * 1024;

/**
 * Resumable uploads (tus) to /uploads. tus-js-client remembers each upload's URL in localStorage by the
 * file's fingerprint, so the same file picked again after a reload, a closed lid or a restart resumes
 * where it stopped; a dropped connection is retried with back-off, and resumes when the browser is online again.
 */
export function useEvidenceUpload(caseId: string, onFinished: (uploadId: string, item: UploadItem) => Promise<void>) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const uploads = useRef(new Map<string, Upload>());
  const rate = useRef(new Map<string, { at: number; sent: number }>());

  const update = useCallback((key: string, change: Partial<UploadItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i))), []);

  const start = useCallback(
    (file: File) => {
      const key = `${file.name}:${file.size}:${file.lastModified}:${Math.random().toString(36).slice(2)}`;
      const item: UploadItem = { key, name: file.name, size: file.size, sent: 0, speed: 0, phase: 'uploading', error: null };
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
          update(key, { phase: 'failed', error: status === 413 ? 'tooLarge' : status === 403 ? 'forbidden' : status === 401 ? 'signedOut' : 'network' });
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

  const pause = useCallback((key: string) => {
    void uploads.current.get(key)?.abort();
    update(key, { phase: 'paused', speed: 0 });
  }, [update]);

  const resume = useCallback((key: string) => {
    uploads.current.get(key)?.start();
    update(key, { phase: 'uploading', error: null });
  }, [update]);

  const dismiss = useCallback((key: string) => {
    uploads.current.delete(key);
    setItems((all) => all.filter((i) => i.key !== key));
  }, []);

  return { items, start, pause, resume, dismiss };
}
