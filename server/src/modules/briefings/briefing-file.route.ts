import { BriefingStatus, ExportFormat } from '@coalition/shared';
import type { Request, Response, Router } from 'express';
import { appendAudit } from '../../core/audit/audit-writer';
import { lockedOrganisationIds, organisationLocked } from '../../core/auth/organisation-lock';
import { readSessionToken } from '../../core/auth/session-cookie';
import type { AppDeps } from '../../core/config/app-deps';
import { sha256Hex } from '../../core/crypto/secret-box';
import { ActorTransaction } from '../../core/db/actor-transaction';
import { buildContext } from '../../core/graphql/context';
import { isUuid } from '../../core/graphql/ids';
import { briefingService } from './briefing.service';
import { FILE_TYPES } from './render/briefing-files';

const notServed = (res: Response, status: 404 | 410) =>
  res.status(status).type('text/plain').set('Cache-Control', 'no-store').send(status === 404 ? 'Not found.' : 'This briefing was revoked.');

/**
 * `GET /briefings/:id/files/:format`: the stored bytes, to whoever may read
 * the briefing (row-level security and the policy), audited. Anyone else,
 * signed in or not, gets 404; a revoked briefing's readers get 410.
 */
async function download(deps: AppDeps, req: Request, res: Response): Promise<void> {
  const id = String(req.params.id);
  const format = String(req.params.format).toUpperCase() as ExportFormat;
  if (!isUuid(id) || !(format in FILE_TYPES)) return void notServed(res, 404);
  const token = readSessionToken(req);
  if (!token) return void notServed(res, 404);
  const tx = await ActorTransaction.open(deps.requestDataSource, deps.config.DB_APP_ROLE, sha256Hex(token));
  try {
    const ctx = buildContext(deps, tx, { req, res });
    const briefing = ctx.actor ? await briefingService.get(ctx, id) : null;
    if (!briefing || (briefing.status !== BriefingStatus.RELEASED && briefing.status !== BriefingStatus.REVOKED)) {
      await tx.rollback();
      return void notServed(res, 404);
    }
    if (briefing.status === BriefingStatus.REVOKED) {
      await tx.rollback();
      return void notServed(res, 410);
    }
    // The emergency lock: no file holding a locked organisation's cases, or written by one, leaves (the
    // briefing_files policy hides them too); the reader may read the briefing, so the refusal says why.
    const locked = await lockedOrganisationIds(ctx.sql);
    if ([briefing.authorOrganisationId, ...(briefing.ownerOrganisationIds ?? [])].some((o) => locked.has(o))) {
      await tx.rollback();
      const refusal = organisationLocked();
      res.status(403).set('Cache-Control', 'no-store').json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extra } }] });
      return;
    }
    const file = await ctx.sql.selectFrom('briefing_files').select(['bytes', 'sha256']).where('briefing_id', '=', id).where('format', '=', format).executeTakeFirst();
    if (!file) {
      await tx.rollback();
      return void notServed(res, 404);
    }
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'export.download', entityType: 'Briefing', entityId: id, organisationId: null, details: { format, sha256: file.sha256 },
    });
    await tx.commit();
    const type = FILE_TYPES[format];
    res.setHeader('Content-Type', type.mime);
    res.setHeader('Content-Disposition', `attachment; filename="briefing-${id}.${type.extension}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-SHA256', file.sha256);
    res.send(file.bytes);
  } catch (error) {
    await tx.rollback();
    throw error;
  }
}

export function briefingFileRoutes(router: Router, deps: AppDeps): void {
  router.get('/briefings/:id/files/:format', (req, res, next) => {
    download(deps, req, res).catch(next);
  });
}
