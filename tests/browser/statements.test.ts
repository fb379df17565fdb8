import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';
import { waitUntil } from '../../server/test/support/wait-until';

// The whole life of a joint statement through the real client and server, with several people at
// once: each browser context is its own signed-in user.

const EN_TITLE = 'Stop the raids on migrant workers in St. Petersburg';
const EN_BODY = 'We call on the authorities to end the mass raids.\n\nFamilies must not be separated.';
const RU_TITLE = 'Прекратить облавы на трудовых мигрантов в Санкт-Петербурге';
const RU_BODY = 'Мы призываем власти прекратить массовые облавы.\n\nСемьи нельзя разлучать.';

/** Waits until the element's whole text is `text` (no reload involved). */
async function waitForText(page: Page, testId: string, text: string): Promise<void> {
  await page
    .getByTestId(testId)
    .filter({ hasText: new RegExp(`^${text}$`) })
    .waitFor({ timeout: 15_000 });
}

/** The server's live subscriptions (its /metrics gauge; loopback needs no token). */
async function liveSubscriptions(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^coalition_live_subscriptions (\d+)$/m.exec(text)?.[1] ?? 0);
}

/** Resolves once the page has sent a graphql-ws subscribe message (the live stream is being set up). */
function subscribed(page: Page): Promise<void> {
  return page
    .waitForEvent('websocket', { timeout: 20_000 })
    .then((ws) => ws.waitForEvent('framesent', { predicate: (f) => String(f.payload).includes('"subscribe"'), timeout: 20_000 }))
    .then(() => undefined);
}

/**
 * Opens the statement from the list, as a user would. (A direct load of /statements/<id> is answered by
 * the server's /statements/:file document route with a plain 404 until that route lets other paths through.)
 */
async function openStatement(page: Page, title: string): Promise<void> {
  await page.goto('/statements');
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

async function sign(page: Page, name: string, title: string): Promise<{ browserHash: string; serverHash: string }> {
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('hash-match').waitFor();
  const browserHash = (await dialog.getByTestId('browser-hash').textContent()) ?? '';
  const serverHash = (await dialog.getByTestId('server-hash').textContent()) ?? '';
  await dialog.getByLabel('Name to print').fill(name);
  await dialog.getByLabel('Title to print').fill(title);
  await dialog.getByRole('button', { name: 'Sign this text' }).click();
  await dialog.waitFor({ state: 'detached' });
  return { browserHash, serverHash };
}

describe('joint statements in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  useServerAndBrowser((both) => ({ server, browser } = both));
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
  });

  async function as(email: string): Promise<Page> {
    const { context, page } = await signedInPage(browser, server.url, email);
    contexts.push(context);
    return page;
  }

  it('drafts, translates, opens, is signed live, revised, re-signed, published and read signed out', async () => {
    const admin = await as(demoEmail('admin', 'adc-memorial'));

    // The list: the seeded statements with their current signature counts; admins may create.
    await admin.goto('/statements');
    await admin.getByRole('link', { name: 'Keep families together in deportation proceedings' }).waitFor();
    await admin.getByLabel('Status').selectOption('PUBLISHED');
    await admin.getByRole('link', { name: 'Keep families together in deportation proceedings' }).waitFor({ state: 'detached' });
    await admin.getByRole('link', { name: /Human rights defenders appeal/ }).waitFor();
    expect(new URL(admin.url()).search).toBe('?status=PUBLISHED');
    await admin.getByRole('link', { name: 'New statement' }).click();
    await admin.waitForURL('**/statements/new');

    // Draft in English, add a Russian translation, create.
    await admin.getByLabel('Addressees').fill('Governor of St. Petersburg\nProsecutor of St. Petersburg');
    await admin.getByLabel('Title (English)').fill(EN_TITLE);
    await admin.getByLabel('Text (English)').fill(EN_BODY);
    await admin.getByLabel('Another language').selectOption('RU');
    await admin.getByRole('button', { name: 'Add language' }).click();
    await admin.getByLabel('Title (Russian)').fill(RU_TITLE);
    await admin.getByLabel('Text (Russian)').fill(RU_BODY);
    // The Russian text names the addressees in Russian (the English, primary, text has the list above).
    await admin.getByLabel('Addressees (Russian)').fill('Губернатору Санкт-Петербурга\nПрокурору Санкт-Петербурга');
    await admin.getByRole('button', { name: 'Create draft' }).click();
    await admin.waitForURL(/\/statements\/[0-9a-f-]{36}$/);
    await admin.getByText('Draft', { exact: true }).waitFor();
    // Both texts side by side.
    await admin.getByTestId('text-EN').getByText(EN_TITLE).waitFor();
    await admin.getByTestId('text-RU').getByText(RU_TITLE).waitFor();
    await admin.getByTestId('text-RU').getByText('Addressed to: Губернатору Санкт-Петербурга; Прокурору Санкт-Петербурга').waitFor();

    await admin.getByRole('button', { name: 'Open for signature' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Open for signature' }).click();
    // The initiator's admin may sign for it once the statement is open.
    await admin.getByRole('button', { name: 'Sign', exact: true }).waitFor();
    await waitForText(admin, 'live-signature-count', '0 current signatures');

    // A third organisation watches the page without reloading it.
    const viewer = await as(demoEmail('viewer', 'fidh'));
    const viewerSubscribed = subscribed(viewer);
    const listeningBefore = await liveSubscriptions(server.url);
    await openStatement(viewer, EN_TITLE);
    await viewer.getByRole('heading', { name: EN_TITLE, level: 1 }).waitFor();
    await viewerSubscribed;
    // The subscribe message is sent; wait until the server listens for it (no event is sent until something changes).
    await waitUntil('the viewer\'s subscription listens', async () => (await liveSubscriptions(server.url)) > listeningBefore, { timeoutMs: 20_000 });
    await viewer.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await waitForText(viewer, 'live-signature-count', '0 current signatures');
    // A viewer may not sign, revise or publish.
    expect(await viewer.getByRole('button', { name: 'Sign', exact: true }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Revise text' }).count()).toBe(0);

    // Two organisations sign in their own contexts, each checking the hash computed in the browser.
    const adcSignatory = await as(demoEmail('signatory', 'adc-memorial'));
    await openStatement(adcSignatory, EN_TITLE);
    const first = await sign(adcSignatory, 'Olga Abramenko', 'Director');
    expect(first.browserHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.browserHash).toBe(first.serverHash);
    await waitForText(viewer, 'live-signature-count', '1 current signature');

    const notaBene = await as(demoEmail('signatory', 'nota-bene'));
    await openStatement(notaBene, EN_TITLE);
    const second = await sign(notaBene, 'Nigina Bakhrieva', 'Chair');
    expect(second.browserHash).toBe(first.browserHash);
    await waitForText(viewer, 'live-signature-count', '2 current signatures');
    await viewer.getByTestId('signature-list').getByText('Nigina Bakhrieva').waitFor();

    // The admin starts a revision; meanwhile a caseworker of the same organisation saves another one.
    await admin.getByRole('button', { name: 'Revise text' }).click();
    await admin.getByLabel('Text (English)').fill(`${EN_BODY}\n\nChildren must be given documents.`);
    const caseworker = await as(demoEmail('caseworker', 'adc-memorial'));
    await openStatement(caseworker, EN_TITLE);
    await caseworker.getByRole('button', { name: 'Revise text' }).click();
    await caseworker.getByLabel('Title (English)').fill(`${EN_TITLE} now`);
    await caseworker.getByRole('button', { name: 'Save new version' }).click();
    await caseworker.getByRole('heading', { name: `${EN_TITLE} now`, level: 1 }).waitFor();

    // The admin is told clearly, keeps their text, and saves it on top of the new version.
    const conflict = admin.getByTestId('revise-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Someone else revised this statement meanwhile');
    expect(await admin.getByLabel('Text (English)').inputValue()).toContain('Children must be given documents.');
    await conflict.getByRole('button', { name: 'Keep my text, revise version 2' }).click();
    await admin.getByRole('button', { name: 'Save new version' }).click();
    await waitForText(viewer, 'live-signature-count', '0 current signatures');
    await viewer.getByText(/^Version 3 of /).waitFor();

    // The earlier signatures stay listed, marked outdated.
    const rows = viewer.getByTestId('signature-list');
    await rows.getByText('Outdated: signed version 1').first().waitFor();
    expect(await rows.getByText('Outdated: signed version 1').count()).toBe(2);

    // The history shows what changed between any two versions.
    // Keeping one's own text replaced the caseworker's title change, and the diff of 2 -> 3 says so.
    await viewer.getByLabel('From', { exact: true }).selectOption('2');
    await viewer.getByLabel('To', { exact: true }).selectOption('3');
    const diff = viewer.getByTestId('version-diff');
    expect(await diff.locator('del').allTextContents()).toEqual(['[removed:  now]']);
    expect(await diff.locator('ins').allTextContents()).toEqual(['[added: \n\nChildren must be given documents.]']);

    // Re-sign the new version (the signatories' pages followed the revision live).
    const third = await sign(adcSignatory, 'Olga Abramenko', 'Director');
    expect(third.browserHash).toBe(third.serverHash);
    expect(third.browserHash).not.toBe(first.browserHash);
    await sign(notaBene, 'Nigina Bakhrieva', 'Chair');
    await waitForText(viewer, 'live-signature-count', '2 current signatures');
    expect(await viewer.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // Publish.
    await admin.getByRole('button', { name: 'Publish' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await admin.getByRole('link', { name: 'Public page' }).waitFor();
    const publicHref = await admin.getByRole('link', { name: 'Public page' }).getAttribute('href');
    expect(publicHref).toMatch(/^\/p\/[a-z0-9-]+$/);

    // Anyone, signed out, reads it.
    const anonymous = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    contexts.push(anonymous);
    const reader = await anonymous.newPage();
    await reader.goto(`${publicHref}?lang=en`);
    await reader.getByRole('heading', { name: EN_TITLE, level: 1, exact: true }).waitFor();
    await reader.getByText('Families must not be separated.').waitFor();
    const signatories = await reader.getByTestId('signatories').locator('p').allTextContents();
    expect(signatories).toEqual([
      'Anti-Discrimination Centre Memorial, St. Petersburg (Olga Abramenko, Director)',
      'Humanitarian Fund Nota Bene, Dushanbe (Nigina Bakhrieva, Chair)',
    ]);
    await reader.getByText('Governor of St. Petersburg').waitFor();
    expect((await reader.getByTestId('content-hash').textContent())?.trim()).toBe(third.browserHash);
    await reader.getByRole('button', { name: 'Recompute it in this browser' }).click();
    await reader.getByTestId('verify-result').getByText('The texts on this page give exactly this hash.').waitFor();
    await reader.getByRole('tab', { name: 'Russian' }).click();
    await reader.getByRole('heading', { name: RU_TITLE, level: 1 }).waitFor();
    expect(await reader.getByRole('list', { name: 'Addressed to' }).locator('li').allTextContents()).toEqual([
      'Губернатору Санкт-Петербурга',
      'Прокурору Санкт-Петербурга',
    ]);

    const pdfHref = await reader.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    const pdf = await anonymous.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.headers()['x-content-hash']).toBe(third.browserHash);
  }, 240_000);

  it("refuses to sign when the text shown does not give the server's content hash", async () => {
    const page = await as(demoEmail('signatory', 'migrant-union'));
    // Alter the statement's text between the server and the page, as a faulty proxy or a bug would.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'Statement') return route.continue();
      const response = await route.fetch();
      const json = (await response.json()) as { data: { statement: { currentVersion: { translations: { body: string }[] } } } };
      json.data.statement.currentVersion.translations[0]!.body += ' Altered.';
      await route.fulfill({ response, json });
    });
    await openStatement(page, 'Keep families together in deportation proceedings');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('hash-mismatch').getByText('Do not sign: the hashes differ').waitFor();
    expect(await dialog.getByTestId('browser-hash').textContent()).not.toBe(
      await dialog.getByTestId('server-hash').textContent(),
    );
    await dialog.getByLabel('Name to print').fill('Renat Karimov');
    expect(await dialog.getByRole('button', { name: 'Sign this text' }).isDisabled()).toBe(true);
  }, 60_000);
});
