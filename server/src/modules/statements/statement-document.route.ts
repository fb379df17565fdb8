import type { Request, Response, Router } from 'express';
import type { AppDeps } from '../../core/config/app-deps';
import { buildContext, openRequestTransaction, type AppContext } from '../../core/graphql/context';
import { organisationById } from '../organisations/organisation.loader';
import { renderStatementMarkdown, renderStatementPdf, type StatementDocument } from './statement-document';
import type { Statement } from './statement.entity';
import { statementService } from './statement.service';

const FILE = /^([a-z0-9][a-z0-9-]{0,199})\.(pdf|md)$/;

async function documentOf(ctx: AppContext, statement: Statement): Promise<StatementDocument> {
  const version = await statementService.currentVersion(ctx, statement);
  const signatures = (await statementService.signatures(ctx, statement)).filter((s) => s.current);
  const orgs = await ctx.loaders.get(organisationById).loadMany(signatures.map((s) => s.organisationId));
  const translations = [...version.translations].sort((a, b) =>
    a.language === statement.primaryLanguage ? -1 : b.language === statement.primaryLanguage ? 1 : a.language < b.language ? -1 : 1,
  );
  return {
    slug: statement.slug,
    title: translations[0]?.title ?? statement.slug,
    primaryLanguage: statement.primaryLanguage,
    addressees: statement.addressees,
    date: (statement.publishedAt ?? statement.updatedAt).toISOString().slice(0, 10),
    versionNumber: version.number,
    contentHash: version.contentHash,
    translations: translations.map((t) => ({ language: t.language, title: t.title, body: t.body, addressees: t.addressees })),
    signatories: signatures.map((s, i) => {
      const org = orgs[i];
      const known = org && !(org instanceof Error) ? org : null;
      return { organisation: known?.name ?? 'Unknown organisation', city: known?.city ?? '', name: s.signatoryName, title: s.signatoryTitle };
    }),
  };
}

/**
 * `GET /statements/<slug>.pdf|.md`: a PUBLISHED statement as a document
 * anyone may download and check against its content hash; 404 for anything
 * else (a draft, an open or withdrawn statement, an unknown slug).
 */
async function serve(deps: AppDeps, req: Request, res: Response): Promise<void> {
  const match = FILE.exec(decodeURIComponent(req.path.slice("/statements/".length)));
  if (!match) return void res.status(404).type('text/plain').send('Not found.');
  const [, slug, extension] = match;
  // Read only (rolled back below): a replica may serve it.
  const tx = await openRequestTransaction(deps, req, true);
  let document: StatementDocument | null = null;
  try {
    const ctx = buildContext(deps, tx, { req, res });
    const statement = await statementService.getPublished(ctx, slug);
    if (statement) document = await documentOf(ctx, statement);
  } finally {
    // Read only: nothing to keep.
    await tx.rollback();
  }
  if (!document) return void res.status(404).type('text/plain').set('Cache-Control', 'no-store').send('Not found.');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Hash', document.contentHash);
  if (extension === 'md') {
    res.type('text/markdown; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${document.slug}.md"`);
    res.send(renderStatementMarkdown(document));
    return;
  }
  const pdf = await renderStatementPdf(document);
  res.type('application/pdf');
  res.setHeader('Content-Disposition', `inline; filename="${document.slug}.pdf"`);
  res.send(pdf);
}

export function statementDocumentRoutes(router: Router, deps: AppDeps): void {
  // Names with an extension are documents (`<slug>.pdf|.md`, else 404); `/statements/<id>` and `/statements/new` are the client's pages.
  router.get(/^\/statements\/[^/]+\.[^/]+$/, (req, res, next) => {
    serve(deps, req, res).catch(next);
  });
}
