import type { Request, Response, Router } from 'express';
import { stringify } from 'csv-stringify';
import { csvSafeCell } from '@coalition/shared';
import { appendAudit } from '../../core/audit/audit-writer';
import { memberOrganisationIds } from '../../core/auth/actor';
import { lockedOrganisationIds, organisationLocked } from '../../core/auth/organisation-lock';
import { readSessionToken } from '../../core/auth/session-cookie';
import type { AppDeps } from '../../core/config/app-deps';
import { sha256Hex } from '../../core/crypto/secret-box';
import { ActorTransaction } from '../../core/db/actor-transaction';
import { AppError } from '../../core/graphql/app-error';
import { buildContext, type AppContext } from '../../core/graphql/context';
import type { CaseFilter } from './dto/case.input';
import { caseService, readablePersons } from './case.service';
import type { CaseWithOwner } from './case.loader';

const FORMATS = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;
type Format = keyof typeof FORMATS;

const COLUMNS = [
  'id', 'reference', 'title', 'summary', 'status', 'categories', 'visibility', 'incidentDate', 'city', 'region', 'countryCode',
  'countries', 'detained', 'deported', 'injured', 'childrenAffected', 'includeInStatistics', 'ownerOrganisation', 'persons',
] as const;

const list = (v: unknown) => (typeof v === 'string' && v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** The query string as a CaseFilter: the same filters as `cases`, comma-separated lists. */
function filterFromQuery(q: Request['query']): CaseFilter {
  const crossBorder = text(q.crossBorder);
  return {
    status: list(q.status) as CaseFilter['status'],
    categories: list(q.categories) as CaseFilter['categories'],
    countryCode: text(q.countryCode),
    ownerOrganisationId: text(q.ownerOrganisationId),
    crossBorder: crossBorder === undefined ? undefined : crossBorder === 'true' || crossBorder === '1',
    search: text(q.search),
    // No personName: a name in a URL ends up in proxies' logs and the browser's history.
    occurredFrom: text(q.occurredFrom),
    occurredTo: text(q.occurredTo),
  };
}

interface ExportPerson {
  pseudonym: string;
  role: string;
  minor: boolean;
  citizenship: string | null;
  fullName: string | null;
  birthYear: number | null;
  contact: string | null;
}

/** Every readable case matching the filter, a page at a time, with persons as the actor may read them. */
async function* readableCases(ctx: AppContext, filter: CaseFilter, locked: ReadonlySet<string>): AsyncGenerator<{ c: CaseWithOwner; persons: ExportPerson[] }> {
  let after: string | null = null;
  for (;;) {
    const page = await caseService.list(ctx, filter, 100, after);
    // A locked organisation's cases leave in nobody's export (the emergency lock).
    const edges = page.edges.filter((e) => !locked.has(e.node.ownerOrganisationId));
    const persons = await Promise.all(edges.map((e) => readablePersons(ctx, e.node)));
    for (const [i, edge] of edges.entries()) {
      yield {
        c: edge.node as CaseWithOwner,
        persons: persons[i].map((p) => ({
          pseudonym: p.pseudonym, role: p.role, minor: p.minor, citizenship: p.citizenship, fullName: p.fullName, birthYear: p.birthYear, contact: p.contact,
        })),
      };
    }
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}

function flat(c: CaseWithOwner, persons: ExportPerson[]): Record<(typeof COLUMNS)[number], string | number | boolean | null> {
  return {
    id: c.id, reference: c.reference, title: c.title, summary: c.summary, status: c.status, categories: c.categories.join(';'),
    visibility: c.visibility, incidentDate: c.incidentDate, city: c.city, region: c.region, countryCode: c.countryCode,
    countries: c.countries.join(';'), detained: c.detained, deported: c.deported, injured: c.injured, childrenAffected: c.childrenAffected,
    includeInStatistics: c.includeInStatistics, ownerOrganisation: c.ownerOrganisation?.slug ?? c.ownerOrganisationId,
    persons: persons
      .map((p) => [p.pseudonym, p.fullName, p.birthYear, p.contact].filter((x) => x !== null && x !== undefined).join(', '))
      .join('; '),
  };
}

/** Every text cell through csvSafeCell: no cell of the file starts a formula (contract, "CSV"). */
const CSV_CAST = {
  boolean: (v: boolean) => (v ? 'true' : 'false'),
  string: (v: string) => csvSafeCell(v),
  number: (v: number) => csvSafeCell(String(v)),
};

/**
 * The case's evidence files as listed to every reader of the case (name, type, size, SHA-256, when): the
 * hashes let a recipient check files obtained separately; no bytes, no embedded metadata.
 */
async function evidenceOf(ctx: AppContext, caseId: string): Promise<{ fileName: string; mediaType: string; size: number; sha256: string; uploadedAt: string }[]> {
  const rows = await ctx.sql
    .selectFrom('evidence_files')
    .select(['file_name', 'media_type', 'size', 'sha256', 'uploaded_at'])
    .where('case_id', '=', caseId)
    .where('removed_at', 'is', null)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ fileName: r.file_name, mediaType: r.media_type, size: Number(r.size), sha256: r.sha256, uploadedAt: new Date(r.uploaded_at).toISOString() }));
}

/** Waits when the response buffer is full, so a large export streams instead of piling up in memory. */
const drained = (res: Response) => new Promise<void>((resolve) => (res.writableNeedDrain ? res.once('drain', resolve) : resolve()));

async function exportCases(deps: AppDeps, format: Format, req: Request, res: Response): Promise<void> {
  const token = readSessionToken(req);
  const tx = token ? await ActorTransaction.open(deps.requestDataSource, deps.config.DB_APP_ROLE, sha256Hex(token)) : null;
  if (!tx?.actor) {
    await tx?.rollback();
    res.status(401).json({ errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] });
    return;
  }
  res.once('close', () => void tx.rollback().catch(() => undefined));
  const ctx = buildContext(deps, tx, { req, res });
  const filter = filterFromQuery(req.query);
  let locked: ReadonlySet<string> = new Set();
  try {
    // A member of a locked organisation exports nothing (their own organisation's data is in any export);
    // anyone else's export leaves the locked organisations' cases out, and asking for them is refused.
    locked = await lockedOrganisationIds(ctx.sql);
    if (memberOrganisationIds(ctx.actor).some((id) => locked.has(id)) || (filter.ownerOrganisationId && locked.has(filter.ownerOrganisationId))) {
      throw organisationLocked();
    }
    // Validates the filter before the first byte is sent.
    const first = await caseService.list(ctx, filter, 0, null);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'export.download',
      entityType: 'CaseExport',
      details: { format, cases: first.totalCount },
    });
  } catch (error) {
    await tx.rollback();
    if (error instanceof AppError) {
      res.status(error.code === 'BAD_USER_INPUT' ? 400 : 403).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extra } }] });
      return;
    }
    throw error;
  }
  const stamp = new Date().toISOString().slice(0, 10);
  res.setHeader('Content-Type', FORMATS[format]);
  res.setHeader('Content-Disposition', `attachment; filename="cases-${stamp}.${format}"`);
  res.setHeader('Cache-Control', 'no-store');
  try {
    if (format === 'json') {
      res.write('[');
      let n = 0;
      for await (const { c, persons } of readableCases(ctx, filter, locked)) {
        const { persons: _flat, ...rest } = flat(c, persons);
        const evidence = await evidenceOf(ctx, c.id);
        res.write(`${n++ ? ',' : ''}\n${JSON.stringify({ ...rest, categories: c.categories, countries: c.countries, persons, evidence })}`);
        await drained(res);
      }
      res.write('\n]\n');
      await tx.commit();
      res.end();
    } else if (format === 'csv') {
      const csv = stringify({ header: true, columns: [...COLUMNS], bom: true, cast: CSV_CAST });
      csv.pipe(res);
      for await (const { c, persons } of readableCases(ctx, filter, locked)) {
        if (!csv.write(flat(c, persons))) await new Promise((r) => csv.once('drain', r));
      }
      await tx.commit();
      csv.end();
    } else {
      // Loaded when first asked for, not at start (a first start is timed: docs/SCALING.md).
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: false, useSharedStrings: false });
      const sheet = workbook.addWorksheet('Cases');
      sheet.columns = COLUMNS.map((key) => ({ header: key, key, width: key === 'summary' ? 60 : 18 }));
      for await (const { c, persons } of readableCases(ctx, filter, locked)) sheet.addRow(flat(c, persons)).commit(); // plain strings: exceljs types them String, never Formula
      sheet.commit();
      await tx.commit();
      await workbook.commit();
    }
  } catch (error) {
    deps.log.error({ err: error }, 'case export failed');
    await tx.rollback();
    res.destroy();
  }
}

/** `GET /exports/cases.csv|.json|.xlsx`: readable cases, personal data only where readable, streamed, audited. */
export function caseExportRoutes(router: Router, deps: AppDeps): void {
  for (const format of Object.keys(FORMATS) as Format[]) {
    router.get(`/exports/cases.${format}`, (req, res, next) => {
      exportCases(deps, format, req, res).catch(next);
    });
  }
}
