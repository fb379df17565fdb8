import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { In, IsNull } from 'typeorm';
import { appendAudit } from '../../core/audit/audit-writer';
import { hasOrgRole, isMemberOf, memberOrganisationIds, WRITER_ROLES, type Actor } from '../../core/auth/actor';
import { authorize, requireActor } from '../../core/auth/policy';
import { CHUNK_SIZE, DecryptStream, EncryptStream, storedRange, storedSize } from '../../core/crypto/chunked-aead';
import { open, seal } from '../../core/crypto/secret-box';
import type { Sql } from '../../core/db/session-kysely';
import { ErrorCode } from '@coalition/shared';
import { AppError, badInput, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { caseService, dataKeyFor, dataKeyVersion, unwrapPersonKey, type CaseFacts } from '../cases';
import { CustodyAction, CustodyEntry, EvidenceFile, EvidenceMetadata } from './evidence.entity';
import { extractMetadata, sanitize, sniff, thumbnail } from './evidence-intake';
import { evidencePolicy, type EvidenceAction } from './evidence.policy';
import { evidenceRuntime } from './evidence-runtime';
import type { EvidenceStorage } from './evidence-storage';
import type { SealedUpload } from './evidence-upload.store';

export type Variant = 'original' | 'sanitized' | 'thumbnail';

export interface AttachInput {
  uploadId: string;
  caseId: string;
  eventId?: string | null;
  description?: string | null;
  containsPersonalData?: boolean | null;
}

/** The client's name for the file, shown and offered on download: no control characters or path separators. */
function safeFileName(name: string): string {
  const cleaned = [...name.normalize('NFC')].map((ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' || ch === '/' || ch === '\\' ? '_' : ch)).join('');
  return cleaned.slice(0, 255) || 'file';
}

export const blobKeyAad = (blobId: string) => `evidence_blobs:${blobId}:key`;
const keyAad = blobKeyAad;
/** A blob key wrapped by a person's key names the person: moved to another person's blob, it opens nothing. */
export const personBlobKeyAad = (blobId: string, personId: string) => `evidence_blobs:${blobId}:person:${personId}`;
/** A refused upload; `reason` lets the client say why in the reader's language. */
const refused = (reason: 'UNKNOWN_UPLOAD' | 'UNFINISHED' | 'TOO_LARGE' | 'TYPE_NOT_ALLOWED', message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `uploadId: ${message}`, { field: 'uploadId', reason });

/** Blob rows as Kysely returns them (bigint as text). */
interface BlobRow {
  id: string;
  organisation_id: string;
  sha256: string;
  size: string;
  chunk_size: number;
  storage_key: string;
  wrapped_key: string | null;
  /** The version of the organisation's key that wraps `wrapped_key`; null when a person's key does (`person_id`). */
  key_version: number | null;
  person_id: string | null;
}

/** Encrypts a stream into a new blob in storage; the caller records it. */
async function storeBlob(
  storage: EvidenceStorage,
  orgKey: { key: Buffer; version: number },
  body: Readable,
  size: number,
): Promise<{ id: string; storageKey: string; wrappedKey: string; keyVersion: number }> {
  const id = crypto.randomUUID();
  const fileKey = crypto.randomBytes(32);
  const storageKey = crypto.randomUUID();
  await storage.put(storageKey, body.pipe(new EncryptStream(fileKey, id, size)), storedSize(size));
  return { id, storageKey, wrappedKey: seal(orgKey.key, fileKey, keyAad(id)), keyVersion: orgKey.version };
}

/** Moves an upload sealed as it arrived into storage as a new blob; the caller records it. */
async function storeSealed(
  storage: EvidenceStorage,
  orgKey: { key: Buffer; version: number },
  sealed: SealedUpload,
  size: number,
): Promise<{ id: string; storageKey: string; wrappedKey: string; keyVersion: number }> {
  const storageKey = crypto.randomUUID();
  await storage.putFile(storageKey, sealed.path, storedSize(size));
  return { id: sealed.blobId, storageKey, wrappedKey: seal(orgKey.key, sealed.key, keyAad(sealed.blobId)), keyVersion: orgKey.version };
}

async function insertBlob(
  sql: Sql,
  b: { id: string; storageKey: string; wrappedKey: string; keyVersion: number },
  organisationId: string,
  sha256: string,
  size: number,
  dedupe: boolean,
): Promise<string | null> {
  const values = {
    id: b.id, organisation_id: organisationId, sha256, size: String(size), chunk_size: CHUNK_SIZE, storage_key: b.storageKey,
    wrapped_key: b.wrappedKey, key_version: b.keyVersion, dedupe,
  };
  if (!dedupe) {
    // No RETURNING: a WRITE share's writer may add a blob of the owner's that it cannot yet read back.
    await sql.insertInto('evidence_blobs').values(values).execute();
    return b.id;
  }
  const row = await sql
    .insertInto('evidence_blobs')
    .values(values)
    .onConflict((oc) => oc.columns(['organisation_id', 'sha256']).where('dedupe', '=', true).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export const evidenceService = {
  /** The file's case rules as facts for the policy; null when the case is not readable. */
  async facts(ctx: AppContext, file: Pick<EvidenceFile, 'caseId' | 'containsPersonalData'>): Promise<{ case: CaseFacts; containsPersonalData: boolean } | null> {
    const c = await caseService.get(ctx, file.caseId);
    if (!c) return null;
    return { case: await caseService.facts(ctx, c), containsPersonalData: file.containsPersonalData };
  },

  async may(ctx: AppContext, file: EvidenceFile, action: EvidenceAction): Promise<boolean> {
    const facts = await this.facts(ctx, file);
    return facts !== null && file.removedAt === null && evidencePolicy(ctx.actor, action, facts);
  },

  /** A readable file (removed ones included: their hash and custody stay) or null. */
  async get(ctx: AppContext, id: string): Promise<EvidenceFile | null> {
    requireActor(ctx.actor);
    if (!isUuid(id)) return null;
    const file = await ctx.db.getRepository(EvidenceFile).findOneBy({ id });
    if (!file) return null;
    const facts = await this.facts(ctx, file);
    return facts && evidencePolicy(ctx.actor, 'read', facts) ? file : null;
  },

  /** The case's files, newest first, removed ones left out. */
  async forCase(ctx: AppContext, caseId: string): Promise<EvidenceFile[]> {
    return ctx.db.getRepository(EvidenceFile).find({ where: { caseId, removedAt: IsNull() }, order: { uploadedAt: 'DESC', id: 'DESC' } });
  },

  async forEvent(ctx: AppContext, eventId: string): Promise<EvidenceFile[]> {
    return ctx.db.getRepository(EvidenceFile).find({ where: { eventId, removedAt: IsNull() }, order: { uploadedAt: 'DESC', id: 'DESC' } });
  },

  /**
   * By file id, the SHA-256 of the copy without embedded metadata of each file the owner marked as showing no
   * one: what a reader without the personal-data right may download, so the one hash of a file that depends
   * on nothing such a reader may not read (the original's bytes hold the embedded metadata). What documents
   * for outsiders (briefings) may list.
   */
  async shareableHashes(ctx: AppContext, files: EvidenceFile[]): Promise<Map<string, string>> {
    const shareable = files.filter((f) => !f.containsPersonalData && f.sanitizedBlobId !== null);
    if (!shareable.length) return new Map();
    const rows = await ctx.sql.selectFrom('evidence_blobs').select(['id', 'sha256']).where('id', 'in', shareable.map((f) => f.sanitizedBlobId!)).execute();
    const byBlob = new Map(rows.map((r) => [r.id, r.sha256]));
    return new Map(shareable.flatMap((f) => (byBlob.has(f.sanitizedBlobId!) ? [[f.id, byBlob.get(f.sanitizedBlobId!)!] as const] : [])));
  },

  /** Embedded metadata, when the viewer has the personal-data right (row-level security decides too). */
  async metadata(ctx: AppContext, file: EvidenceFile): Promise<EvidenceMetadata | null> {
    const facts = await this.facts(ctx, file);
    if (!facts || !evidencePolicy(ctx.actor, 'metadata', facts)) return null;
    return ctx.db.getRepository(EvidenceMetadata).findOneBy({ evidenceId: file.id });
  },

  async custody(ctx: AppContext, file: EvidenceFile): Promise<CustodyEntry[]> {
    return ctx.db.getRepository(CustodyEntry).find({ where: { evidenceId: file.id }, order: { at: 'ASC', id: 'ASC' } });
  },

  /** The organisation an actor reads a case as: the owner, else a share, else any of theirs (a COALITION case). */
  actingOrganisation(actor: Actor, facts: CaseFacts): string {
    if (isMemberOf(actor, facts.ownerOrganisationId)) return facts.ownerOrganisationId;
    const share = (facts.shares ?? []).find((s) => isMemberOf(actor, s.organisationId));
    return share?.organisationId ?? memberOrganisationIds(actor)[0];
  },

  async appendCustody(ctx: AppContext, file: EvidenceFile, facts: CaseFacts, action: CustodyAction, sha256Matched: boolean | null): Promise<void> {
    const actor = requireActor(ctx.actor);
    const organisationId = this.actingOrganisation(actor, facts);
    await ctx.sql.insertInto('evidence_custody').values({ evidence_id: file.id, action, organisation_id: organisationId, user_id: actor.userId, sha256_matched: sha256Matched }).execute();
    await appendAudit(ctx.sql, ctx.actor, {
      action: `evidence.${action.toLowerCase() as Lowercase<CustodyAction>}`,
      entityType: 'EvidenceFile',
      entityId: file.id,
      organisationId,
      details: { sha256: file.sha256, ...(sha256Matched === null ? {} : { matched: sha256Matched }) },
    });
  },

  async attach(ctx: AppContext, input: AttachInput): Promise<EvidenceFile> {
    const actor = requireActor(ctx.actor);
    if (!isUuid(input.caseId)) throw notFound('The case');
    const c = await caseService.readable(ctx, input.caseId);
    const facts = await caseService.facts(ctx, c);
    authorize(evidencePolicy, actor, 'attach', { case: facts, containsPersonalData: true });
    if (input.eventId) {
      const event = isUuid(input.eventId)
        ? await ctx.sql.selectFrom('case_events').select('id').where('id', '=', input.eventId).where('case_id', '=', c.id).executeTakeFirst()
        : undefined;
      if (!event) throw badInput('eventId', 'is not an event of this case');
    }
    const description = input.description?.trim() || null;
    if (description && description.length > 2000) throw badInput('description', 'at most 2000 characters');

    const { uploads } = evidenceRuntime(ctx.deps);
    if (!/^[a-f0-9]{32}$/.test(input.uploadId)) throw refused('UNKNOWN_UPLOAD', 'There is no finished upload with this id.');
    const upload = await uploads.getUpload(input.uploadId).catch(() => null);
    if (!upload || upload.metadata?.userId !== actor.userId) throw refused('UNKNOWN_UPLOAD', 'There is no finished upload with this id.');
    if (upload.size === undefined || upload.offset !== upload.size) throw refused('UNFINISHED', 'The upload is not finished.');
    const file = uploads.pathOf(upload.id);
    const size = upload.size;
    if (size > ctx.deps.config.EVIDENCE_MAX_BYTES) {
      await uploads.remove(upload.id);
      throw refused('TOO_LARGE', 'The file is larger than allowed.');
    }
    const sniffed = await sniff(file);
    if (!sniffed) {
      await uploads.remove(upload.id);
      throw refused('TYPE_NOT_ALLOWED', 'This type of file is not accepted.');
    }
    const sha256 = await uploads.sha256(upload);
    const created = await this.intake(ctx, { caseId: c.id, owner: c.ownerOrganisationId, facts }, {
      file, size, sha256, sniffed, sealed: uploads.takeSealed(upload), fileName: upload.metadata?.filename ?? 'file', eventId: input.eventId ?? null, description,
      containsPersonalData: input.containsPersonalData ?? true,
    });
    // The plaintext goes once the encrypted copy is recorded (a failed commit after this loses the upload, never leaks it).
    await uploads.remove(upload.id);
    return created;
  },

  /**
   * Encrypts a received file into storage and records it: metadata, thumbnail, sanitised copy, custody and
   * audit. The caller has checked the case may be changed and the type is allowed.
   */
  async intake(
    ctx: AppContext,
    target: { caseId: string; owner: string; facts: CaseFacts },
    f: {
      file: string; size: number; sha256: string; sniffed: NonNullable<Awaited<ReturnType<typeof sniff>>>;
      /** The file already sealed as it arrived (see HashingUploadStore), stored as it is instead of encrypting `file` again. */
      sealed?: SealedUpload | null;
      fileName: string; eventId: string | null; description: string | null; containsPersonalData: boolean;
    },
  ): Promise<EvidenceFile> {
    const actor = requireActor(ctx.actor);
    const { storage } = evidenceRuntime(ctx.deps);
    const { file, size, sha256, sniffed } = f;
    const owner = target.owner;
    const [embedded, thumb, copy] = await Promise.all([extractMetadata(file), thumbnail(file, sniffed.mediaType), sanitize(file, sniffed.mediaType)]);

    const orgKey = await dataKeyFor(ctx.sql, ctx.deps.masterKey, owner);
    // Deduplicated within the owner organisation, for its own writers (who read all its blobs); a WRITE
    // share's writer stores a copy of its own, so never learns what the owner already holds.
    const dedupe = hasOrgRole(actor, owner, ...WRITER_ROLES);
    let originalId: string | null = null;
    if (dedupe) {
      const existing = await ctx.sql.selectFrom('evidence_blobs').select('id').where('organisation_id', '=', owner).where('sha256', '=', sha256).where('dedupe', '=', true).executeTakeFirst();
      originalId = existing?.id ?? null;
    }
    if (!originalId) {
      const stored = f.sealed ? await storeSealed(storage, orgKey, f.sealed, size) : await storeBlob(storage, orgKey, fs.createReadStream(file), size);
      originalId = await insertBlob(ctx.sql, stored, owner, sha256, size, dedupe);
      if (!originalId) {
        // A concurrent attach of the same bytes committed first: use its blob.
        await storage.delete(stored.storageKey);
        const winner = await ctx.sql.selectFrom('evidence_blobs').select('id').where('organisation_id', '=', owner).where('sha256', '=', sha256).where('dedupe', '=', true).executeTakeFirstOrThrow();
        originalId = winner.id;
      }
    }
    const small = async (bytes: Buffer | null) => {
      if (!bytes) return null;
      const stored = await storeBlob(storage, orgKey, Readable.from([bytes]), bytes.length);
      return insertBlob(ctx.sql, stored, owner, crypto.createHash('sha256').update(bytes).digest('hex'), bytes.length, false);
    };
    const sanitizedBlobId = await small(copy?.bytes ?? null);
    const thumbnailBlobId = await small(thumb);

    const id = crypto.randomUUID();
    await ctx.sql
      .insertInto('evidence_files')
      .values({
        id, case_id: target.caseId, event_id: f.eventId, organisation_id: owner,
        file_name: safeFileName(f.fileName),
        media_type: sniffed.mediaType, kind: sniffed.kind, size: String(size), sha256, uploaded_by_id: actor.userId, description: f.description,
        contains_personal_data: f.containsPersonalData,
        original_blob_id: originalId, sanitized_blob_id: sanitizedBlobId, sanitized_media_type: copy?.mediaType ?? null, thumbnail_blob_id: thumbnailBlobId,
      })
      .execute();
    await ctx.sql
      .insertInto('evidence_metadata')
      .values({
        evidence_id: id, captured_at: embedded.capturedAt, latitude: embedded.latitude, longitude: embedded.longitude,
        embedded: JSON.stringify(embedded.tags),
      })
      .execute();
    const created = await ctx.db.getRepository(EvidenceFile).findOneByOrFail({ id });
    await this.appendCustody(ctx, created, target.facts, CustodyAction.UPLOADED, null);
    return created;
  },
  async remove(ctx: AppContext, id: string, reason: string): Promise<boolean> {
    requireActor(ctx.actor);
    const file = await this.get(ctx, id);
    if (!file || file.removedAt) throw notFound('The file');
    const facts = await this.facts(ctx, file);
    authorize(evidencePolicy, ctx.actor, 'remove', facts!);
    const why = reason.trim();
    if (!why || why.length > 1000) throw badInput('reason', 'must be 1 to 1000 characters');
    const blobIds = [file.originalBlobId, file.sanitizedBlobId, file.thumbnailBlobId].filter((b): b is string => b !== null);
    await ctx.sql
      .updateTable('evidence_files')
      .set({ removed_at: new Date(), removed_reason: why, original_blob_id: null, sanitized_blob_id: null, thumbnail_blob_id: null })
      .where('id', '=', file.id)
      .execute();
    // Crypto-shredding: a blob's key is destroyed once no file of the organisation uses it (deduplicated
    // bytes stay readable through the other files that hold them).
    const stillUsed = new Set(
      blobIds.length
        ? (await ctx.db.getRepository(EvidenceFile).find({ select: { originalBlobId: true }, where: { originalBlobId: In(blobIds) } })).map((f) => f.originalBlobId)
        : [],
    );
    const shred = blobIds.filter((b) => !stillUsed.has(b));
    const shredded = shred.length
      ? await ctx.sql.updateTable('evidence_blobs').set({ wrapped_key: null, dedupe: false }).where('id', 'in', shred).returning('storage_key').execute()
      : [];
    await this.appendCustody(ctx, file, facts!.case, CustodyAction.REMOVED, null);
    const { storage } = evidenceRuntime(ctx.deps);
    for (const b of shredded) await storage.delete(b.storage_key).catch(() => undefined);
    return true;
  },

  /** Decrypts and re-hashes the original now; records VERIFIED or VERIFICATION_FAILED. */
  async verify(ctx: AppContext, id: string): Promise<EvidenceFile> {
    requireActor(ctx.actor);
    const file = await this.get(ctx, id);
    if (!file || file.removedAt || !file.originalBlobId) throw notFound('The file');
    const facts = (await this.facts(ctx, file))!;
    authorize(evidencePolicy, ctx.actor, 'verify', facts);
    const blob = await this.blob(ctx.sql, file.originalBlobId);
    const matched = blob ? await rehash(ctx.deps.masterKey, ctx.sql, evidenceRuntime(ctx.deps).storage, blob, file.sha256) : false;
    if (matched) await ctx.sql.updateTable('evidence_files').set({ verified_at: new Date() }).where('id', '=', file.id).execute();
    await this.appendCustody(ctx, file, facts.case, matched ? CustodyAction.VERIFIED : CustodyAction.VERIFICATION_FAILED, matched);
    return ctx.db.getRepository(EvidenceFile).findOneByOrFail({ id: file.id });
  },

  async blob(sql: Sql, id: string): Promise<BlobRow | null> {
    return (
      (await sql
        .selectFrom('evidence_blobs')
        .select(['id', 'organisation_id', 'sha256', 'size', 'chunk_size', 'storage_key', 'wrapped_key', 'key_version', 'person_id'])
        .where('id', '=', id)
        .executeTakeFirst()) ?? null
    );
  },

  /**
   * Binds a consent's signed form to its person (issue 22): its blobs' keys are wrapped by the person's own key, so
   * erasing the person makes the file unreadable here and in every backup restored with the vault written since.
   * The file is then marked as showing a person (only readers of the person's data read the person's key). Bytes
   * another file shares (deduplicated by hash) are copied into a blob of the form's own: that file stays readable.
   * Refused (BAD_USER_INPUT) when the file is already another person's form.
   */
  async bindToPerson(ctx: AppContext, fileId: string, personId: string): Promise<void> {
    const file = await ctx.sql
      .selectFrom('evidence_files')
      .select(['id', 'original_blob_id', 'sanitized_blob_id', 'thumbnail_blob_id', 'removed_at'])
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    if (file.removed_at) return;
    const bound = await bindFileToPerson(ctx.sql, ctx.deps.masterKey, evidenceRuntime(ctx.deps).storage, file, personId);
    if (bound === 'other-person') throw badInput('formEvidenceId', "is already another person's signed form");
  },

  /**
   * Erasure's part (issue 22): every file whose blobs a person's key wraps (their consent forms) is removed as
   * removeEvidence does (custody REMOVED, audit without personal data) and its blobs' keys destroyed; the stored
   * bytes are deleted once the erasure committed. The person key's deletion already made them unreadable.
   */
  async shredPerson(ctx: AppContext, personId: string, facts: CaseFacts): Promise<number> {
    const blobs = await ctx.sql.selectFrom('evidence_blobs').select(['id', 'storage_key']).where('person_id', '=', personId).execute();
    if (!blobs.length) return 0;
    const blobIds = blobs.map((b) => b.id);
    const files = await ctx.db.getRepository(EvidenceFile).find({
      where: [{ originalBlobId: In(blobIds) }, { sanitizedBlobId: In(blobIds) }, { thumbnailBlobId: In(blobIds) }],
    });
    const live = files.filter((f) => f.removedAt === null);
    if (live.length) {
      await ctx.sql
        .updateTable('evidence_files')
        .set({ removed_at: new Date(), removed_reason: 'The person it belongs to was erased.', original_blob_id: null, sanitized_blob_id: null, thumbnail_blob_id: null })
        .where('id', 'in', live.map((f) => f.id))
        .execute();
    }
    await ctx.sql.updateTable('evidence_blobs').set({ wrapped_key: null, dedupe: false }).where('id', 'in', blobIds).execute();
    for (const f of live) await this.appendCustody(ctx, f, facts, CustodyAction.REMOVED, null);
    const { storage } = evidenceRuntime(ctx.deps);
    ctx.tx.afterCommit(() => {
      void Promise.all(blobs.map((b) => storage.delete(b.storage_key).catch(() => undefined)));
    });
    return live.length;
  },

  /** The blob a variant of a file is served from, when the actor may have it. */
  async variantBlob(ctx: AppContext, file: EvidenceFile, variant: Variant): Promise<{ blob: BlobRow; mediaType: string; facts: CaseFacts } | 'forbidden' | null> {
    const facts = await this.facts(ctx, file);
    if (!facts || file.removedAt) return null;
    if (!evidencePolicy(ctx.actor, variant === 'original' ? 'original' : 'copy', facts)) return 'forbidden';
    const blobId = variant === 'original' ? file.originalBlobId : variant === 'sanitized' ? file.sanitizedBlobId : file.thumbnailBlobId;
    const blob = blobId ? await this.blob(ctx.sql, blobId) : null;
    if (!blob?.wrapped_key) return null;
    const mediaType = variant === 'original' ? file.mediaType : variant === 'sanitized' ? (file.sanitizedMediaType ?? 'application/octet-stream') : 'image/jpeg';
    return { blob, mediaType, facts: facts.case };
  },
};

type BlobColumn = 'original_blob_id' | 'sanitized_blob_id' | 'thumbnail_blob_id';

/**
 * Wraps the keys of a file's blobs by a person's key (see evidenceService.bindToPerson); also the boot backfill's
 * (on the owner's pool). 'other-person' when one of them is already bound to someone else (nothing changed then).
 */
export async function bindFileToPerson(
  sql: Sql,
  masterKey: Buffer,
  storage: EvidenceStorage,
  file: { id: string } & Record<BlobColumn, string | null>,
  personId: string,
): Promise<'bound' | 'other-person'> {
  const columns: BlobColumn[] = ['original_blob_id', 'sanitized_blob_id', 'thumbnail_blob_id'];
  const blobs: [BlobColumn, BlobRow][] = [];
  for (const column of columns) {
    const id = file[column];
    const blob = id ? await evidenceService.blob(sql, id) : null;
    if (!blob?.wrapped_key || blob.person_id === personId) continue;
    if (blob.person_id !== null) return 'other-person';
    blobs.push([column, blob]);
  }
  if (!blobs.length) return 'bound';
  const personKey = await personKeyOf(masterKey, sql, personId);
  for (const [column, blob] of blobs) {
    const key = await blobKey(masterKey, sql, blob);
    const shared = await sql
      .selectFrom('evidence_files')
      .select('id')
      .where('id', '<>', file.id)
      .where((eb) => eb.or([eb('original_blob_id', '=', blob.id), eb('sanitized_blob_id', '=', blob.id), eb('thumbnail_blob_id', '=', blob.id)]))
      .limit(1)
      .executeTakeFirst();
    if (!shared) {
      await sql
        .updateTable('evidence_blobs')
        .set({ wrapped_key: seal(personKey, key, personBlobKeyAad(blob.id, personId)), key_version: null, person_id: personId, dedupe: false })
        .where('id', '=', blob.id)
        .execute();
      continue;
    }
    // Another file holds the same bytes: the form gets a copy under a key of its own, the other file keeps its blob.
    const id = crypto.randomUUID();
    const fresh = crypto.randomBytes(32);
    const storageKey = crypto.randomUUID();
    const size = Number(blob.size);
    const plain = await decryptBlob(key, storage, blob, 0, Math.max(size - 1, 0));
    await storage.put(storageKey, plain.pipe(new EncryptStream(fresh, id, size)), storedSize(size));
    await sql
      .insertInto('evidence_blobs')
      .values({
        id, organisation_id: blob.organisation_id, sha256: blob.sha256, size: blob.size, chunk_size: CHUNK_SIZE, storage_key: storageKey,
        wrapped_key: seal(personKey, fresh, personBlobKeyAad(id, personId)), key_version: null, person_id: personId, dedupe: false,
      })
      .execute();
    await sql.updateTable('evidence_files').set({ [column]: id }).where('id', '=', file.id).execute();
  }
  await sql.updateTable('evidence_files').set({ contains_personal_data: true }).where('id', '=', file.id).execute();
  return 'bound';
}

/** The blob's own key, unwrapped with the version of its organisation's key that wrapped it. */
export async function blobKey(masterKey: Buffer, sql: Sql, blob: BlobRow): Promise<Buffer> {
  if (blob.person_id !== null) return unwrapPersonBlobKey(await personKeyOf(masterKey, sql, blob.person_id), blob);
  try {
    return unwrapBlobKey(await dataKeyVersion(sql, masterKey, blob.organisation_id, blob.key_version!), blob);
  } catch (error) {
    // rotate-organisation-key may have re-wrapped the blob and deleted the version read a moment ago: read it again.
    const fresh = await sql.selectFrom('evidence_blobs').select(['wrapped_key', 'key_version', 'person_id']).where('id', '=', blob.id).executeTakeFirst();
    if (!fresh || fresh.key_version === blob.key_version) throw error;
    return blobKey(masterKey, sql, { ...blob, ...fresh });
  }
}

/** A person's own key, unwrapped with the version of their organisation's key that wraps it; an erased person has none. */
export async function personKeyOf(masterKey: Buffer, sql: Sql, personId: string): Promise<Buffer> {
  const row = await sql.selectFrom('person_keys').select(['organisation_id', 'key_version', 'wrapped_key']).where('person_id', '=', personId).executeTakeFirst();
  if (!row) throw new Error('the key of this file was erased with its person');
  return unwrapPersonKey(await dataKeyVersion(sql, masterKey, row.organisation_id, row.key_version), personId, row.key_version, row.wrapped_key);
}

export function unwrapBlobKey(orgKey: Buffer, blob: BlobRow): Buffer {
  if (!blob.wrapped_key) throw new Error('the key of this file was destroyed');
  if (blob.person_id !== null) throw new Error("a person's key wraps the key of this file");
  return open(orgKey, blob.wrapped_key, keyAad(blob.id));
}

export function unwrapPersonBlobKey(personKey: Buffer, blob: BlobRow): Buffer {
  if (!blob.wrapped_key) throw new Error('the key of this file was destroyed');
  return open(personKey, blob.wrapped_key, personBlobKeyAad(blob.id, blob.person_id!));
}

/** Plaintext bytes start..end of a blob as a stream; every chunk is authenticated before it is passed on. */
export async function decryptBlob(key: Buffer, storage: EvidenceStorage, blob: BlobRow, start: number, end: number): Promise<Readable> {
  const size = Number(blob.size);
  const r = storedRange(size, start, end, blob.chunk_size);
  const stored = await storage.get(blob.storage_key, r.from, r.to);
  const out = new DecryptStream(key, blob.id, size, r, blob.chunk_size);
  stored.once('error', (e) => out.destroy(e));
  return stored.pipe(out);
}

/** Whether the stored bytes decrypt and hash to `sha256`. */
export async function rehash(masterKey: Buffer, sql: Sql, storage: EvidenceStorage, blob: BlobRow, sha256: string): Promise<boolean> {
  try {
    return await rehashWithKey(await blobKey(masterKey, sql, blob), storage, blob, sha256);
  } catch {
    return false;
  }
}

export async function rehashWithKey(key: Buffer, storage: EvidenceStorage, blob: BlobRow, sha256: string): Promise<boolean> {
  try {
    const hash = crypto.createHash('sha256');
    for await (const part of await decryptBlob(key, storage, blob, 0, Math.max(Number(blob.size) - 1, 0))) hash.update(part as Buffer);
    return hash.digest('hex') === sha256;
  } catch {
    return false;
  }
}

export type { BlobRow };
