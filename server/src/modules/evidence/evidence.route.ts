import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, Response, Router } from 'express';
import { Metadata, Server } from '@tus/server';
import { lockedOrganisationIds, organisationLocked } from '../../core/auth/organisation-lock';
import { readSessionToken } from '../../core/auth/session-cookie';
import type { AppDeps } from '../../core/config/app-deps';
import { sha256Hex } from '../../core/crypto/secret-box';
import { ActorTransaction } from '../../core/db/actor-transaction';
import { isUuid } from '../../core/graphql/ids';
import { buildContext } from '../../core/graphql/context';
import { CustodyAction } from './evidence.entity';
import { blobKey, decryptBlob, evidenceService, type Variant } from './evidence.service';
import { startUploadCleanup } from './evidence.maintenance';
import { evidenceRuntime } from './evidence-runtime';

const fail = (res: Response, status: number, code: string, message: string) => {
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.json({ errors: [{ message, extensions: { code } }] });
};

/** The signed-in user of a request, read in a transaction of its own that changes nothing. */
async function actorOf(deps: AppDeps, req: Request, check?: (tx: ActorTransaction) => Promise<boolean>): Promise<{ userId: string; allowed: boolean } | null> {
  const token = readSessionToken(req);
  if (!token) return null;
  const tx = await ActorTransaction.open(deps.requestDataSource, deps.config.DB_APP_ROLE, sha256Hex(token));
  try {
    if (!tx.actor) return null;
    return { userId: tx.actor.userId, allowed: check ? await check(tx) : true };
  } finally {
    await tx.rollback();
  }
}

const uploaders = new WeakMap<IncomingMessage, string>();

/**
 * RFC 6266: an ASCII fallback (quotes, backslashes, controls and non-ASCII replaced) and the exact name
 * as UTF-8 in filename*.
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A single `bytes=` range of a file of `size` bytes; null for none, 'bad' for one that cannot be served. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'bad' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'bad';
  if (m[1] === '') {
    const n = Number(m[2]);
    if (n === 0 || size === 0) return 'bad';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start >= size || end < start ? 'bad' : { start, end };
}

const ACTION: Record<Variant, CustodyAction> = { original: CustodyAction.DOWNLOADED, sanitized: CustodyAction.SANITIZED_DOWNLOADED, thumbnail: CustodyAction.VIEWED };

async function download(deps: AppDeps, variant: Variant, req: Request, res: Response): Promise<void> {
  const token = readSessionToken(req);
  const tx = token ? await ActorTransaction.open(deps.requestDataSource, deps.config.DB_APP_ROLE, sha256Hex(token)) : null;
  if (!tx?.actor) {
    await tx?.rollback();
    return fail(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
  }
  res.once('close', () => void (tx.isFinished ? undefined : tx.rollback().catch(() => undefined)));
  const ctx = buildContext(deps, tx, { req, res });
  const id = String(req.params.id);
  const file = isUuid(id) ? await evidenceService.get(ctx, id) : null;
  const found = file ? await evidenceService.variantBlob(ctx, file, variant) : null;
  if (!file || !found) {
    await tx.rollback();
    return fail(res, 404, 'NOT_FOUND', 'The file does not exist or is not readable.');
  }
  if (found === 'forbidden') {
    await tx.rollback();
    return fail(res, 403, 'FORBIDDEN', 'You may not download this file.');
  }
  // The emergency lock: no byte of a locked organisation's files leaves (the evidence_custody policy
  // refuses to record the download too, so none completes).
  if ((await lockedOrganisationIds(ctx.sql)).has(file.organisationId)) {
    await tx.rollback();
    const refusal = organisationLocked();
    res.status(403).setHeader('Cache-Control', 'no-store');
    return void res.json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extra } }] });
  }
  const { blob, mediaType, facts } = found;
  const size = Number(blob.size);
  const range = parseRange(typeof req.headers.range === 'string' ? req.headers.range : undefined, size);
  if (range === 'bad') {
    await tx.rollback();
    res.setHeader('Content-Range', `bytes */${size}`);
    return fail(res, 416, 'BAD_USER_INPUT', 'This range cannot be served.');
  }
  const { storage } = evidenceRuntime(deps);
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  const hash = range ? null : crypto.createHash('sha256');
  const failed = async () => {
    await evidenceService.appendCustody(ctx, file, facts, CustodyAction.VERIFICATION_FAILED, false);
    await tx.commit();
  };
  let parts: AsyncIterator<Buffer>;
  let first: IteratorResult<Buffer>;
  try {
    const key = await blobKey(deps.masterKey, ctx.sql, blob);
    parts = (await decryptBlob(key, storage, blob, start, Math.max(end, 0)))[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    // The first chunk is authenticated before any header is sent: tampering there refuses the download.
    first = await parts.next();
  } catch (error) {
    ctx.log.warn({ err: error instanceof Error ? error.message : String(error), evidenceId: file.id }, 'evidence failed verification');
    await failed();
    return fail(res, 409, 'VERIFICATION_FAILED', 'The stored file failed verification and is not served.');
  }
  res.status(range ? 206 : 200);
  res.setHeader('Content-Type', mediaType);
  res.setHeader('Content-Length', String(size === 0 ? 0 : end - start + 1));
  res.setHeader('Accept-Ranges', 'bytes');
  if (range) res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
  res.setHeader('Cache-Control', 'private, no-store');
  // Served bytes are never a document of this origin.
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  const baseName = variant === 'thumbnail' ? `${file.fileName}.thumbnail.jpg` : variant === 'sanitized' ? `sanitized-${file.fileName}` : file.fileName;
  res.setHeader('Content-Disposition', contentDisposition(variant === 'thumbnail' ? 'inline' : 'attachment', baseName));
  let broken = false;
  // The last chunk waits until the download is verified and recorded: a reader holds the whole file only
  // once its custody entry is committed (and never a file that failed verification at its end).
  let last: Buffer | null = null;
  try {
    for (let step = first; !step.done; step = await parts.next()) {
      hash?.update(step.value);
      const ready = last;
      last = step.value;
      if (ready && !res.write(ready)) await new Promise<void>((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
      if (res.destroyed) break;
    }
  } catch {
    broken = true;
  }
  if (res.destroyed && !broken) {
    // The reader went away: what was served is still recorded, without a verdict.
    await evidenceService.appendCustody(ctx, file, facts, ACTION[variant], null);
    await tx.commit();
    return;
  }
  const matched = hash ? hash.digest('hex') === blob.sha256 : null;
  if (broken || matched === false) {
    await failed();
    res.destroy();
    return;
  }
  await evidenceService.appendCustody(ctx, file, facts, ACTION[variant], matched);
  await tx.commit();
  if (last) res.end(last);
  else res.end();
}

/** tus 1.0 at /uploads, and the evidence downloads. */
export function evidenceRoutes(router: Router, deps: AppDeps): void {
  const { uploads } = evidenceRuntime(deps);
  const tus = new Server({
    path: '/uploads',
    datastore: uploads,
    relativeLocation: true,
    respectForwardedHeaders: deps.config.TRUST_PROXY,
    maxSize: deps.config.EVIDENCE_MAX_BYTES,
    namingFunction: () => crypto.randomBytes(16).toString('hex'),
    // The upload belongs to whoever created it, whatever the client put in its metadata.
    onUploadCreate: async (req, res, upload) => ({ res, metadata: { ...upload.metadata, userId: uploaders.get(req) ?? null } }),
  });

  const handle = async (req: Request, res: Response) => {
    if (req.method === 'OPTIONS') return void tus.handle(req, res);
    if (req.method === 'POST') {
      const metadata = Metadata.parse(typeof req.headers['upload-metadata'] === 'string' ? req.headers['upload-metadata'] : undefined) ?? {};
      const caseId = metadata.caseId ?? '';
      // Only those who may change the case upload to it (attachEvidence checks again).
      const who = await actorOf(deps, req, async (tx) =>
        isUuid(caseId) ? Boolean((await tx.sql.selectNoFrom((eb) => eb.fn<boolean>('app_can_write_case', [eb.val(caseId)]).as('ok')).executeTakeFirst())?.ok) : false,
      );
      if (!who) return fail(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
      if (!who.allowed) return fail(res, 403, 'FORBIDDEN', 'You may not add files to this case.');
      uploaders.set(req, who.userId);
      return void tus.handle(req, res);
    }
    const who = await actorOf(deps, req);
    if (!who) return fail(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
    const id = String(req.params.id ?? '');
    const upload = /^[a-f0-9]{32}$/.test(id) ? await uploads.getUpload(id).catch(() => null) : null;
    // Another user's upload is as unknown as a missing one.
    if (!upload || upload.metadata?.userId !== who.userId) return fail(res, 404, 'NOT_FOUND', 'No such upload.');
    return void tus.handle(req, res);
  };
  router.all('/uploads', (req, res, next) => void handle(req, res).catch(next));
  router.all('/uploads/:id', (req, res, next) => void handle(req, res).catch(next));
  for (const variant of ['original', 'sanitized', 'thumbnail'] as const) {
    router.get(`/evidence/:id/${variant}`, (req, res, next) => void download(deps, variant, req, res).catch(next));
  }
  startUploadCleanup(deps);
}
