import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { loadConfig } from '../../core/config/config';
import { createScratchDatabase } from '../../../test/support/scratch-database';
import { createDataSource } from '../../core/db/data-source';
import { createLogger } from '../../core/observability/logger';
import { withServiceContext } from '../../core/graphql/context';
import { migrations } from '../../migrations';
import { seedDemo } from '../../seed/demo-seed';
import { appEntities } from '../../app/app-modules';
import { casesModule, caseService, readablePersons } from '../cases';
import { briefingsModule } from '.';
import { briefingService } from './briefing.service';
import { pdfText } from '../../../test/support/pdf-text';
import { expectNoSecrets } from '../../../test/support/no-personal-data';

async function fileText(format: string, bytes: Buffer): Promise<string> {
  if (format === 'PDF') return pdfText(bytes);
  if (format === 'XLSX') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook.worksheets.map((w) => w.getSheetValues().flat().map(String).join(' ')).join('\n');
  }
  return bytes.toString('utf8');
}

describe('demo briefing', () => {
  it('is one RELEASED briefing for the OSCE ODIHR, approved by every owner, with no demo person\'s name, birth year or contact in any file', async () => {
    const scratch = await createScratchDatabase('coalition_seed');
    const url = new URL(scratch.url);
    const dataSource = createDataSource({ url: url.toString(), poolSize: 2, entities: appEntities, migrations });
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url.toString(), COALITION_MASTER_KEY: process.env.COALITION_MASTER_KEY, LOG_LEVEL: 'silent' });
      const deps = { config, log: createLogger('silent'), dataSource, requestDataSource: dataSource, masterKey: Buffer.from(config.COALITION_MASTER_KEY!, 'base64') };
      const demo = await seedDemo(deps, [casesModule, briefingsModule]);
      const id = demo.refs['briefing:osce-odihr'];
      expect(id).toBeDefined();

      const seen = await withServiceContext(deps, demo.users['liaison@coalition.example.org'], async (ctx) => {
        const list = await briefingService.list(ctx);
        const b = list[0];
        return {
          ids: list.map((x) => x.id), status: b.status, audience: b.audience,
          approvals: (await briefingService.approvals(ctx, b)).map((a) => a.approved),
          cases: (await briefingService.cases(ctx, b)).length,
          files: (await briefingService.files(ctx, b)).map((f) => f.format),
        };
      });
      expect(seen).toEqual({ ids: [id], status: 'RELEASED', audience: 'OSCE ODIHR', approvals: [true, true, true], cases: 5, files: ['PDF', 'CSV', 'JSON', 'XLSX'] });

      // Every demo person's personal data, as each owner's members read it.
      const secrets: string[] = [];
      for (const caseId of Object.entries(demo.refs).filter(([k]) => k.startsWith('case:')).map(([, v]) => v)) {
        const [{ slug }] = await dataSource.query(`SELECT o.slug FROM cases c JOIN organisations o ON o.id = c.owner_organisation_id WHERE c.id = $1`, [caseId]);
        await withServiceContext(deps, demo.users[`viewer@${slug}.example.org`], async (ctx) => {
          const c = (await caseService.get(ctx, caseId))!;
          for (const p of await readablePersons(ctx, c)) {
            secrets.push(p.fullName!, ...p.fullName!.split(/\s+/).filter((w) => w.length >= 3));
            if (p.birthYear) secrets.push(String(p.birthYear));
            if (p.contact) secrets.push(p.contact);
          }
        });
      }
      expect(secrets.length).toBeGreaterThan(4);
      const files = (await dataSource.query(`SELECT format, bytes, sha256 FROM briefing_files WHERE briefing_id = $1`, [id])) as {
        format: string; bytes: Buffer; sha256: string;
      }[];
      expect(files).toHaveLength(4);
      // The adults consented to briefings, the children did not: they appear only as "a person who did not consent".
      const document = JSON.parse(files.find((f) => f.format === 'JSON')!.bytes.toString('utf8')) as { cases: { persons: unknown[]; withheldPersons: number }[] };
      expect(document.cases.reduce((n, c) => n + c.persons.length, 0)).toBeGreaterThan(0);
      expect(document.cases.reduce((n, c) => n + c.withheldPersons, 0)).toBeGreaterThan(0);
      expect(await fileText('PDF', files.find((f) => f.format === 'PDF')!.bytes)).toContain('a person who did not consent');
      for (const f of files) {
        expect(crypto.createHash('sha256').update(f.bytes).digest('hex')).toBe(f.sha256);
        expectNoSecrets((await fileText(f.format, f.bytes)).toLowerCase(), secrets.map((secret) => secret.toLowerCase()));
      }
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await scratch.drop();
    }
  });
});
