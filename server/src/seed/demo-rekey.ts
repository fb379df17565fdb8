import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { appendAudit } from '../core/audit/audit-writer';
import type { Config } from '../core/config/config';
import { loadMasterKey, open } from '../core/crypto/secret-box';
import { inPooledTransaction } from '../core/db/session-kysely';
import type { Logger } from '../core/observability/logger';
import { organisationKeyAad } from '../modules/cases';
import { resealUnderNewMasterKey } from '../app/master-key-reseal';
import { replaceOrganisationKey } from '../app/organisation-key-reseal';
import { TEMPLATE_KEY } from './demo-template';

/**
 * A copy of the template still under the template's keys (its `template.key` is there) gets this server's,
 * in one transaction, before anything reads it: a start that dies half-way does it again. Then the key file goes.
 */
export async function rekeyDemoCopy(dataSource: DataSource, config: Config, masterKey: Buffer, log: Logger): Promise<void> {
  const file = path.join(config.dataDir, TEMPLATE_KEY);
  if (!fs.existsSync(file)) return;
  const started = performance.now();
  // Read and checked (32 bytes, base64) as any master key file is.
  const templateKey = loadMasterKey({ file, dataDir: config.dataDir }).key;
  const done = await inPooledTransaction(dataSource, async (db) => {
    const first = await db.selectFrom('organisation_keys').select(['organisation_id', 'wrapped_key']).limit(1).executeTakeFirst();
    if (!first) return null;
    const aad = organisationKeyAad(first.organisation_id);
    if (!opens(templateKey, first.wrapped_key, aad)) {
      // A start that committed this and died before deleting the file: nothing is under the template's key any more.
      if (opens(masterKey, first.wrapped_key, aad)) return null;
      throw new Error(`${file}: the database opens with neither the template's key nor the master key`);
    }
    const resealed = await resealUnderNewMasterKey(db, { old: templateKey, next: masterKey }, () => undefined);
    const organisations = await db.selectFrom('organisations').select('id').orderBy('id').execute();
    let persons = 0;
    let blobs = 0;
    for (const { id } of organisations) {
      const replaced = await replaceOrganisationKey(db, masterKey, id);
      persons += replaced?.persons ?? 0;
      blobs += replaced?.blobs ?? 0;
    }
    const details = {
      ...Object.fromEntries(resealed.map((r) => [r.table, r.count])),
      organisations: organisations.length,
      persons,
      evidenceKeys: blobs,
    };
    await appendAudit(db, null, { action: 'demo.rekey', entityType: 'Coalition', details });
    return details;
  });
  fs.rmSync(file);
  log.info(
    { ms: Math.round(performance.now() - started), ...(done ?? { alreadyDone: true }) },
    "demo coalition given this server's keys",
  );
}

function opens(key: Buffer, sealed: string, aad: string): boolean {
  try {
    open(key, sealed, aad);
    return true;
  } catch {
    return false;
  }
}
