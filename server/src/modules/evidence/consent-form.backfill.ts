import type { AppDeps } from '../../core/config/app-deps';
import { inPooledTransaction } from '../../core/db/session-kysely';
import { evidenceRuntime } from './evidence-runtime';
import { bindFileToPerson } from './evidence.service';

const BATCH = 100;

/**
 * Binds every consent form recorded before forms were bound to their person (issue 22): its blobs' keys are
 * re-wrapped by the person's own key, as recordConsent does now. The master key is needed, so a boot step on the
 * owner's pool after the persons got their keys (the cases module prepares first), in batches of their own
 * transactions; the blobs say how far it got (person_id set), so an interrupted run resumes at the next boot. A
 * form two persons' consents name is bound to the person of the earliest consent.
 */
export async function bindConsentForms(deps: AppDeps): Promise<number> {
  const { storage } = evidenceRuntime(deps);
  let bound = 0;
  const skipped = new Set<string>();
  for (;;) {
    const n = await inPooledTransaction(deps.dataSource, async (db) => {
      const rows = await db
        .selectFrom('consents as k')
        .innerJoin('evidence_files as f', 'f.id', 'k.form_evidence_id')
        .innerJoin('person_keys as pk', 'pk.person_id', 'k.person_id')
        .select(['f.id', 'f.original_blob_id', 'f.sanitized_blob_id', 'f.thumbnail_blob_id', 'k.person_id'])
        .distinctOn('f.id')
        .where('f.removed_at', 'is', null)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('evidence_blobs as b')
              .select('b.id')
              .where('b.person_id', 'is', null)
              .where('b.wrapped_key', 'is not', null)
              .where((w) => w.or([w('b.id', '=', w.ref('f.original_blob_id')), w('b.id', '=', w.ref('f.sanitized_blob_id')), w('b.id', '=', w.ref('f.thumbnail_blob_id'))])),
          ),
        )
        .orderBy('f.id')
        .orderBy('k.recorded_at')
        .orderBy('k.id')
        .limit(BATCH + skipped.size)
        .execute();
      let done = 0;
      for (const r of rows) {
        if (skipped.has(r.id)) continue;
        // Already another person's form (a file two consents name): left as it is.
        if ((await bindFileToPerson(db, deps.masterKey, storage, r, r.person_id)) === 'other-person') skipped.add(r.id);
        else done++;
      }
      return done;
    });
    bound += n;
    if (n === 0) return bound;
  }
}
