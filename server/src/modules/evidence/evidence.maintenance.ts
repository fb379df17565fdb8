import type { AppDeps } from '../../core/config/app-deps';
import type { PeriodicJob } from '../../core/mail/job-queue';
import { unwrapDataKey, unwrapPersonKey } from '../cases';
import { CustodyAction } from './evidence.entity';
import { evidenceRuntime } from './evidence-runtime';
import { rehashWithKey, unwrapBlobKey, unwrapPersonBlobKey, type BlobRow } from './evidence.service';

const HOUR = 60 * 60 * 1000;

/**
 * The system's own re-hash of every stored original not verified for a day: VERIFIED or
 * VERIFICATION_FAILED in its custody log (no organisation, no user). Runs on the owner's pool: it acts
 * for no one. Returns how many files failed.
 */
export async function verifyAllEvidence(deps: Pick<AppDeps, 'dataSource' | 'masterKey' | 'config'>, olderThanMs = 20 * HOUR): Promise<{ checked: number; failed: number }> {
  const { storage } = evidenceRuntime(deps);
  const rows = (await deps.dataSource.query(
    `SELECT f.id, f.sha256, b.id AS blob_id, b.organisation_id, b.sha256 AS blob_sha256, b.size::text AS size, b.chunk_size, b.storage_key, b.wrapped_key, b.key_version, b.person_id,
            k.wrapped_key AS org_key, pk.key_version AS person_key_version, pk.wrapped_key AS person_key
       FROM evidence_files f JOIN evidence_blobs b ON b.id = f.original_blob_id
       LEFT JOIN person_keys pk ON pk.person_id = b.person_id
       JOIN organisation_keys k ON k.organisation_id = b.organisation_id AND k.version = COALESCE(b.key_version, pk.key_version)
      WHERE f.removed_at IS NULL AND b.wrapped_key IS NOT NULL AND (f.verified_at IS NULL OR f.verified_at < now() - make_interval(secs => $1::float8 / 1000))`,
    [olderThanMs],
  )) as (Omit<BlobRow, 'id'> & { id: string; blob_id: string; blob_sha256: string; org_key: string; person_key_version: number | null; person_key: string | null })[];
  let failed = 0;
  for (const r of rows) {
    const blob: BlobRow = {
      id: r.blob_id, organisation_id: r.organisation_id, sha256: r.blob_sha256, size: r.size, chunk_size: r.chunk_size, storage_key: r.storage_key, wrapped_key: r.wrapped_key,
      key_version: r.key_version, person_id: r.person_id,
    };
    let ok = false;
    try {
      const orgKey = unwrapDataKey(deps.masterKey, r.organisation_id, r.org_key);
      // A consent form's key is wrapped by its person's key, itself wrapped by the organisation's.
      const key = blob.person_id === null ? unwrapBlobKey(orgKey, blob) : unwrapPersonBlobKey(unwrapPersonKey(orgKey, blob.person_id, r.person_key_version!, r.person_key!), blob);
      ok = await rehashWithKey(key, storage, blob, r.sha256);
    } catch {
      ok = false;
    }
    if (!ok) failed++;
    await deps.dataSource.transaction(async (m) => {
      if (ok) await m.query(`UPDATE evidence_files SET verified_at = now() WHERE id = $1`, [r.id]);
      await m.query(`INSERT INTO evidence_custody (evidence_id, action, sha256_matched) VALUES ($1, $2, $3)`, [r.id, ok ? CustodyAction.VERIFIED : CustodyAction.VERIFICATION_FAILED, ok]);
    });
  }
  return { checked: rows.length, failed };
}

/**
 * The daily re-hash of every stored file, as the server's periodic job (AppModule.periodicJobs): one
 * process at a time, whatever the number of processes, and the day is counted in the job queue, so
 * restarts neither skip nor repeat a verification.
 */
export function evidenceJobs(deps: AppDeps): PeriodicJob[] {
  return [
    {
      name: 'evidence-verification',
      everySeconds: (24 * HOUR) / 1000,
      firstAfterSeconds: (24 * HOUR) / 1000,
      // Re-hashing every file of a large store takes a while: another process waits that long before it may start.
      maxRunSeconds: (6 * HOUR) / 1000,
      run: async () => {
        const { checked, failed } = await verifyAllEvidence(deps);
        if (failed) deps.log.error({ checked, failed }, 'evidence failed its nightly verification');
        else deps.log.info({ checked }, 'evidence verified');
      },
    },
  ];
}

const started = new WeakSet<AppDeps['config']>();

/**
 * Hourly, in each process: abandoned uploads go after 24 h. A timer of the process, not a job of the queue:
 * tus keeps the parts of uploads in progress under the process's own DATA_DIR/uploads, which only it can clean.
 */
export function startUploadCleanup(deps: AppDeps): void {
  if (started.has(deps.config)) return;
  started.add(deps.config);
  const { uploads } = evidenceRuntime(deps);
  setInterval(
    () => void uploads.deleteAbandoned().catch((error: unknown) => deps.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'upload clean-up failed')),
    HOUR,
  ).unref();
}
