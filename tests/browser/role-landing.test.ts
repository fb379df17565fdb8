import type { Browser, Page } from 'playwright-core';
import { COORDINATOR_EMAIL, LIAISON_EMAIL, demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

// Issue 21, point 5: every role lands somewhere useful. A receipt after signing, a readable audit log,
// filters that say when they are invalid, sortable case columns, translated import errors, and no
// navigation item that can only be empty; in English and Russian.

const FAMILIES = 'Keep families together in deportation proceedings';

async function toRussian(page: Page): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Русский').click();
  await page.getByRole('radiogroup', { name: 'Язык' }).waitFor();
}

describe('every role lands somewhere useful, in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  it('after signing, the Sign button gives way to "You signed version N" and a downloadable receipt', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('signatory', 'migrant-union'));
    await page.goto('/statements');
    await page.getByRole('link', { name: FAMILIES, exact: true }).click();
    await page.getByRole('heading', { name: FAMILIES, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('hash-match').waitFor();
    const hash = ((await dialog.getByTestId('server-hash').textContent()) ?? '').trim();
    await dialog.getByLabel('Name to print').fill('Renat Karimov');
    await dialog.getByLabel('Title to print').fill('Chair');
    await dialog.getByRole('button', { name: 'Sign this text' }).click();
    await dialog.waitFor({ state: 'detached' });

    const signed = page.getByTestId('signed-version');
    await signed.waitFor();
    expect(await signed.textContent()).toMatch(/^✓ You signed version \d+$/);
    const version = /version (\d+)/.exec((await signed.textContent()) ?? '')![1];
    expect(await page.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
    const receipt = page.getByTestId('signature-receipt');
    expect(await receipt.textContent()).toContain(`signed version ${version}`);
    expect(await receipt.textContent()).toContain('Signed by Renat Karimov, Chair on');
    expect((await receipt.getByTestId('receipt-hash').textContent())?.trim()).toBe(hash);

    const [download] = await Promise.all([page.waitForEvent('download'), receipt.getByRole('button', { name: 'Download the receipt' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`-v${version}\\.json$`));
    let text = '';
    for await (const chunk of await download.createReadStream()) text += String(chunk);
    const json = JSON.parse(text) as { signature: { versionNumber: number; contentHash: string; signatoryName: string; organisation: { name: string } } };
    expect(json.signature).toMatchObject({ versionNumber: Number(version), contentHash: hash, signatoryName: 'Renat Karimov' });

    await toRussian(page);
    await page.getByTestId('signed-version').getByText(`Вы подписали версию ${version}`).waitFor();
    await page.getByTestId('signature-receipt').getByRole('button', { name: 'Скачать квитанцию' }).waitFor();
    expect(await page.getByTestId('signature-receipt').textContent()).toContain(`подписана версия ${version}`);
    await context.close();
  }, 120_000);

  it('reads the audit log as sentences: translated actions, linked subjects, named accounts, filters', async () => {
    // A member signs in, so the log holds a sign-in of an account the coordinator can name.
    const member = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await member.context.close();
    const { context, page } = await signedInPage(browser, server.url, COORDINATOR_EMAIL);
    await page.goto('/audit');
    const log = page.getByRole('table', { name: 'Audit log' });
    await log.waitFor();
    // No raw codes: the action column shows words.
    const actions = await log.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => /^[a-z_]+\.[a-z_.]+$/.test(a))).toEqual([]);

    // Sign-ins are attributed to the account signing in, not to the system.
    await page.getByLabel('Action', { exact: true }).selectOption('auth.login');
    // The server filters: the previous rows stay on screen, dimmed, until its answer replaces them.
    await log.locator('tbody [data-action]:not([data-action="auth.login"])').first().waitFor({ state: 'detached' });
    await log.and(page.locator('[aria-busy="false"]')).waitFor();
    const signIns = log.locator('tbody tr');
    await signIns.first().waitFor();
    const rows = await signIns.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    expect(rows.every((cells) => cells[3] === 'Signed in')).toBe(true);
    expect(rows.filter((cells) => ['System', 'Not signed in'].includes(cells[2]!))).toEqual([]);

    // Subjects with a page are links; filtering by subject keeps only that type.
    await page.getByLabel('Action', { exact: true }).selectOption('');
    await page.getByLabel('Subject', { exact: true }).selectOption('Statement');
    const link = log.getByRole('link', { name: /^Open Statement / }).first();
    await link.waitFor();
    await log.locator('tbody tr td:nth-child(5) a').filter({ hasNotText: /^Statement$/ }).first().waitFor({ state: 'detached' });
    await log.and(page.locator('[aria-busy="false"]')).waitFor();
    expect(await link.getAttribute('href')).toMatch(/^\/statements\/[0-9a-f-]{36}$/);
    expect(new Set(await log.locator('tbody tr td:nth-child(5) a').allTextContents())).toEqual(new Set(['Statement']));
    // A date range that ends before it starts is refused, not applied.
    await page.getByLabel('From', { exact: true }).fill('2030-01-02');
    await page.getByLabel('To', { exact: true }).fill('2030-01-01');
    await page.getByText('Ends before the start date: not applied.').waitFor();
    await page.getByLabel('To', { exact: true }).fill('');
    await page.getByLabel('From', { exact: true }).fill('');
    await page.getByLabel('Subject', { exact: true }).selectOption('');

    await toRussian(page);
    const journal = page.getByRole('table', { name: 'Журнал аудита' });
    await journal.locator('tbody tr').first().waitFor();
    await page.getByLabel('Действие', { exact: true }).selectOption('auth.login');
    await journal.locator('tbody tr td:nth-child(4)').filter({ hasText: 'Вход в систему' }).first().waitFor();
    // Back to English for the tests after this one: the choice is remembered on the account.
    await page.getByRole('radiogroup', { name: 'Язык' }).getByText('English').click();
    await context.close();
  }, 120_000);

  it('shows invalid case filters as invalid instead of applying them, and sorts the columns', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto('/cases');
    const total = page.getByTestId('case-total');
    await total.waitFor();
    const all = await total.textContent();
    await page.goto('/cases?country=XX&from=2013-13-45');
    await page.getByText('“XX” is not a country code: this filter is not applied.').waitFor();
    await page.getByText('Not a valid date: this filter is not applied.').waitFor();
    await total.filter({ hasText: all! }).waitFor();
    // A name that matches no country is said, and the previous country is not kept silently.
    await page.goto('/cases?country=RU');
    const country = page.getByRole('textbox', { name: 'Country' });
    await country.fill('Atlantis');
    await page.getByLabel('Status').focus();
    await page.getByText('No country is called “Atlantis”: pick one from the list.').waitFor();
    await page.waitForURL((url) => !url.searchParams.has('country'));

    await page.goto('/cases');
    await page.getByRole('table', { name: 'Cases' }).waitFor();
    await page.getByTestId('sort-case').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'case.asc');
    const header = page.getByRole('columnheader', { name: /^Case/ });
    await header.and(page.locator('[aria-sort="ascending"]')).waitFor();
    // The server's answer in that order, not the previous one kept on screen while it loads.
    await page.getByRole('table', { name: 'Cases' }).and(page.locator('[aria-busy="false"]')).waitFor();
    const referenceCells = page.locator('tbody tr td:first-child p');
    const references = await referenceCells.allTextContents();
    const collator = new Intl.Collator(undefined, { numeric: true });
    expect(references).toEqual([...references].sort((a, b) => collator.compare(a, b)));
    await page.getByTestId('sort-case').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'case.desc');
    await header.and(page.locator('[aria-sort="descending"]')).waitFor();
    await referenceCells.first().filter({ hasText: references.at(-1)! }).waitFor();

    await toRussian(page);
    await page.goto('/cases?country=XX');
    await page.getByText('«XX» — не код страны: этот фильтр не применён.').waitFor();
    await context.close();
  }, 120_000);

  it('lists import errors row by row in Russian, translated from the problem and its column', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('caseworker', 'adc-memorial'), 'ru');
    await page.goto('/import');
    const header = 'reference,title,countryCode,incidentDate,status';
    const csv = [header, 'IMP-1,First,RU,2014-03-01,OPEN', 'IMP-2,,XX,14/03/2014,SOMETIMES', 'IMP-1,Again,RU,,'].join('\n');
    await page.locator('input[type="file"]').setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Проверить файл (без импорта)' }).click();
    const table = page.getByTestId('import-row-errors');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('title: обязательно, но пусто');
    expect(text).toContain('countryCode: не двухбуквенный код страны ISO');
    expect(text).toContain('incidentDate: не дата в виде ГГГГ-ММ-ДД');
    expect(text).toContain('reference: тот же номер, что в строке 1');
    // The box holds the table: nothing sticks out to the side.
    const fits = await table.evaluate((el) => el.scrollWidth <= (el.parentElement?.clientWidth ?? 0) + 1);
    expect(fits).toBe(true);
    await context.close();
  }, 120_000);

  it.each([COORDINATOR_EMAIL, LIAISON_EMAIL])('offers %s no navigation item that can only be empty', async (email) => {
    const { context, page } = await signedInPage(browser, server.url, email);
    const nav = page.locator('nav').first();
    await nav.locator('a[href="/dashboard"]').waitFor();
    // By address, whatever language the account last chose.
    const items = await nav.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const empty of ['/cases', '/referrals', '/import']) expect(items).not.toContain(empty);
    expect(items).toEqual(expect.arrayContaining(['/dashboard', '/statements', '/briefings']));
    await context.close();
  }, 60_000);
});
