import type { Browser, Page } from 'playwright-core';
import { unnamedControls } from '../client/support/accessible-names';
import { demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

const HEADER =
  'reference,title,summary,status,categories,visibility,incidentDate,city,region,countryCode,detained,deported,injured,childrenAffected';
const row = (n: number, country = 'RU') =>
  `IMP-2014-${n},Imported raid number ${n},"Checked, then imported",OPEN,RAID;ARBITRARY_DETENTION,COALITION,2014-03-0${n},Kazan,,${country},${n},0,0,0`;

const shot = (page: Page, name: string) =>
  process.env.SCREENSHOTS
    ? page.screenshot({ path: `${process.env.SCREENSHOTS}/${name}.png`, fullPage: true })
    : Promise.resolve();

describe('case import in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  it('lists the bad row of a dry run, then imports a good file with progress and finds the cases', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('caseworker', 'adc-memorial'));
    await page.goto('/import');
    await page.getByRole('heading', { name: 'Import cases' }).waitFor();
    // The template holds exactly the columns the server accepts.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download template CSV' }).click(),
    ]);
    const template = await download.createReadStream().then(async (stream) => {
      let text = '';
      for await (const chunk of stream) text += String(chunk);
      return text;
    });
    expect(template.trim()).toBe(HEADER);

    // Row 2 names a country that does not exist; its quoted summary spans two lines, so it starts on line 3.
    const bad = [HEADER, row(1), row(2, 'XX').replace('"Checked, then imported"', '"Checked,\nthen imported"'), row(3)].join(
      '\n',
    );
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByText('3 rows found.').waitFor();
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    const problems = page.getByRole('table', { name: 'Rows with problems' });
    await problems.waitFor();
    await page.getByText('1 row has a problem').waitFor();
    const cells = await problems.locator('tbody td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['2', '3']);
    expect(cells[2]).toContain('countryCode');
    expect(await page.getByRole('button', { name: /^Import \d+ case/ }).count()).toBe(0);
    await shot(page, 'import-dry-run');
    expect(await unnamedControls(page)).toEqual([]);

    // Hold every import call after the first (they still reach the real server) until the progress was seen.
    let releaseImport!: () => void;
    const importHeld = new Promise<void>((resolve) => (releaseImport = resolve));
    let importCalls = 0;
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('"dryRun":false') && ++importCalls > 1) await importHeld;
      await route.continue();
    });
    const good = [HEADER, row(1), row(2, 'TJ'), row(3)].join('\n');
    await fileInput.setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    await page.getByText('All 3 rows are valid.').waitFor();
    await page.getByRole('button', { name: 'Import 3 cases' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText('Imported 1 of 3 rows', { exact: false }).waitFor();
    await shot(page, 'import-progress');
    releaseImport();
    await page.getByText('3 cases imported into', { exact: false }).waitFor();
    const links = page.getByRole('link', { name: /^IMP-2014-\d: Imported raid number \d$/ });
    await links.first().waitFor();
    expect((await links.allTextContents()).sort()).toEqual([
      'IMP-2014-1: Imported raid number 1',
      'IMP-2014-2: Imported raid number 2',
      'IMP-2014-3: Imported raid number 3',
    ]);

    await shot(page, 'import-done');
    // The cases list query finds them (through the page's own session cookie).
    const found = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ cases(filter: { search: "Imported raid" }) { totalCount edges { node { reference location { countryCode } } } } }',
        }),
      });
      return (await response.json()) as {
        data?: { cases: { totalCount: number; edges: { node: { reference: string } }[] } };
        errors?: unknown;
      };
    });
    expect(found.errors).toBeUndefined();
    expect(found.data!.cases.totalCount).toBe(3);
    expect(found.data!.cases.edges.map((e) => e.node.reference).sort()).toEqual(['IMP-2014-1', 'IMP-2014-2', 'IMP-2014-3']);

    // A second import of the same file is refused row by row: the references are taken.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await fileInput.setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
    await page.getByText('3 rows have problems').waitFor();
    await context.close();
  });

  it('takes pasted JSON, shows the server error for a malformed file and names a country and a status in Russian', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'), 'ru');
    await page.goto('/import');
    await page.getByRole('heading', { name: 'Импорт дел' }).waitFor();
    await page.getByLabel('Или вставьте данные').fill('[{"title": "Вставленное дело", "countryCode": "TJ"},');
    await page.getByRole('button', { name: 'Проверить файл (без импорта)' }).click();
    await page.getByRole('alert').getByText('is not valid JSON').waitFor();
    // A country written by its name and a status by a word: the problems name them in Russian, with the codes to write.
    await page.getByLabel('Или вставьте данные').fill('[{"title": "Вставленное дело", "countryCode": "Tajikistan", "status": "открыто"}]');
    await page.getByRole('button', { name: 'Проверить файл (без импорта)' }).click();
    const problems = page.getByRole('table', { name: 'Строки с ошибками' });
    await problems.getByText('countryCode: название страны (Таджикистан), а не её код: напишите TJ').waitFor();
    await problems.getByText('Открыто (OPEN)', { exact: false }).waitFor();
    await page
      .getByLabel('Или вставьте данные')
      .fill('[{"title": "Вставленное дело", "countryCode": "TJ", "categories": "OTHER"}]');
    expect(await page.getByRole('radio', { name: 'JSON' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Проверить файл (без импорта)' }).click();
    await page.getByText('Строка верна.').waitFor();
    await page.getByRole('button', { name: 'Импортировать 1 дело' }).click();
    await page.getByText('1 дело импортировано', { exact: false }).waitFor();
    await context.close();
  });
});
