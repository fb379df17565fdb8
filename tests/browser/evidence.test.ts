import type { Browser, Page } from 'playwright-core';
import { jpegWithGps, sha256 } from '../../server/test/support/evidence-fixtures';
import { DEMO_PASSWORD, demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

/** The first case of ADC Memorial in the case list, opened. */
async function openAdcCase(page: Page): Promise<void> {
  await page.goto('/cases');
  await page.getByTestId('case-total').waitFor();
  await page.getByRole('row').filter({ hasText: 'Anti-Discrimination Centre Memorial' }).first().getByRole('link').first().click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
}

// ADC Memorial's caseworker opens a demo case, uploads a photo
// generated here through the file picker, and sees its preview and the SHA-256 the server computed.
describe('evidence in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;

  useServerAndBrowser((both) => ({ server, browser } = both));

  it('uploads a photo and shows its thumbnail, hash, position and chain of custody', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('caseworker', 'adc-memorial'));
    await page.goto('/cases');
    await page.getByTestId('case-total').waitFor();
    await page.getByRole('row').filter({ hasText: 'Anti-Discrimination Centre Memorial' }).first().getByRole('link').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const section = page.getByRole('region', { name: 'Evidence' });
    await section.waitFor();

    const photo = await jpegWithGps(31);
    await page.getByTestId('evidence-input').setInputFiles({ name: 'injuries-photo.jpg', mimeType: 'image/jpeg', buffer: photo });
    await section.getByTestId('evidence-upload').getByText('Attached').waitFor({ timeout: 60_000 });
    const card = section.getByTestId('evidence-file').filter({ hasText: 'injuries-photo.jpg' });
    await card.getByTestId('evidence-sha256').filter({ hasText: sha256(photo) }).waitFor();
    const preview = card.getByRole('img', { name: 'Preview of injuries-photo.jpg' });
    await preview.waitFor();
    await page.waitForFunction((name) => {
      const img = document.querySelector<HTMLImageElement>(`img[alt="Preview of ${name}"]`);
      return !!img && img.complete && img.naturalWidth > 0;
    }, 'injuries-photo.jpg');
    // The owner's caseworker reads where and when it was taken.
    await card.getByText(/position 59\.93863, 30\.31413/).waitFor();
    await card.getByRole('button', { name: /Chain of custody/ }).click();
    await card.getByTestId('evidence-custody').getByText('Uploaded').waitFor();
    // Removal is the owner's ADMINs' alone: a caseworker is not offered it.
    expect(await card.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    await context.close();
  });

  it('attaches a file dropped on a timeline event to that event, and lets the owner\'s ADMIN remove it after confirming', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await openAdcCase(page);
    const zone = page.getByTestId('event-evidence-dropzone').first();
    await zone.waitFor();
    // Named by its visible text, then the event's title for a screen reader.
    const event = /\((.*)\)$/.exec((await zone.getAttribute('aria-label')) ?? '')?.[1];
    expect(event).toBeTruthy();
    const text = `Decision of the district court, ${Date.now()}\n`;
    const files = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'court-decision.txt', { type: 'text/plain' }));
      return transfer;
    }, text);
    await zone.dispatchEvent('drop', { dataTransfer: files });
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByTestId('evidence-upload').filter({ hasText: 'court-decision.txt' }).getByText('Attached').waitFor({ timeout: 60_000 });
    await timeline.getByTestId('event-evidence').filter({ hasText: 'court-decision.txt' }).waitFor();
    const section = page.getByRole('region', { name: 'Evidence' });
    const card = section.getByTestId('evidence-file').filter({ hasText: 'court-decision.txt' });
    await card.getByText(`for “${event}”`).waitFor();
    await card.getByTestId('evidence-sha256').filter({ hasText: sha256(Buffer.from(text)) }).waitFor();

    await card.getByRole('button', { name: 'Remove court-decision.txt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove court-decision.txt from the case?' });
    await dialog.waitFor();
    const confirm = dialog.getByRole('button', { name: 'Remove', exact: true });
    // No removal without a reason: it stays with the file's hash and chain of custody.
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Reason for the removal').fill('Attached to the wrong case');
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    await timeline.getByTestId('event-evidence').filter({ hasText: 'court-decision.txt' }).waitFor({ state: 'detached' });
    await context.close();
  });

  it('records a consent with its signed form, a file of the case, and links the form in the consent history', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('caseworker', 'adc-memorial'));
    // The mosque raid case: its persons are the father and the son (the demo's referral).
    const mosque = 'St. Petersburg: raid on the mosque near Apraksin Dvor';
    await page.goto(`/cases?search=${encodeURIComponent('Apraksin')}`);
    await page.getByRole('row').filter({ hasText: mosque }).filter({ hasText: 'Anti-Discrimination Centre Memorial' }).getByRole('link', { name: mosque }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const section = page.getByRole('region', { name: 'Evidence' });
    await section.waitFor();
    const form = `Consent to a referral, signed ${Date.now()}\n`;
    await page.getByTestId('evidence-input').setInputFiles({ name: 'signed-consent.txt', mimeType: 'text/plain', buffer: Buffer.from(form) });
    await section.getByTestId('evidence-upload').filter({ hasText: 'signed-consent.txt' }).getByText('Attached').waitFor({ timeout: 60_000 });

    await page.getByRole('region', { name: 'Persons' }).getByRole('button', { name: 'Consents' }).first().click();
    const consents = page.getByRole('dialog', { name: /^Consents of / });
    await consents.getByLabel('Scope').selectOption('REFERRAL');
    await consents.getByLabel('Purpose').fill('Legal aid after deportation');
    await consents.getByLabel(/^Form\b/).fill('signed form');
    await consents.getByLabel('Signed form (a file of the case)').selectOption({ label: 'signed-consent.txt' });
    await consents.getByRole('button', { name: 'Record consent' }).click();
    // The history links the form: the file itself, readable by whoever may read the consent and the file.
    const row = consents.getByRole('table', { name: 'Consent history' }).getByRole('row').filter({ hasText: 'Legal aid after deportation' });
    await row.getByRole('link', { name: 'signed-consent.txt' }).waitFor();
    await context.close();
  });

  it('resumes an upload by itself, where it stopped, when the browser is back online', async () => {
    // Service workers blocked: the upload's requests must reach page.route, which takes the network away mid-upload.
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 }, locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/login?lang=en');
    await page.getByLabel('Email').fill(demoEmail('caseworker', 'adc-memorial'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await openAdcCase(page);
    const section = page.getByRole('region', { name: 'Evidence' });
    await section.waitFor();

    // 4 MiB of text: eight tus chunks of 512 KiB. The third PATCH finds the browser offline.
    const line = `Witness statement, recorded ${Date.now()}; `;
    const bytes = Buffer.from(line.repeat(Math.ceil((4 * 1024 * 1024) / line.length)));
    const offsets: number[] = [];
    let cut = false;
    await page.route('**/uploads/**', async (route) => {
      const request = route.request();
      if (request.method() !== 'PATCH') return route.continue();
      const offset = Number(request.headers()['upload-offset']);
      if (offsets.length === 2 && !cut) {
        cut = true;
        await context.setOffline(true);
        return route.abort('internetdisconnected');
      }
      offsets.push(offset);
      return route.continue();
    });
    await page.getByTestId('evidence-input').setInputFiles({ name: 'witness-statement.txt', mimeType: 'text/plain', buffer: bytes });
    const row = section.getByTestId('evidence-upload').filter({ hasText: 'witness-statement.txt' });
    await row.getByText('Waiting for the connection').waitFor({ timeout: 60_000 });
    await row.getByText(/You are offline/).waitFor();
    const before = offsets.length;
    await context.setOffline(false);
    await row.getByText('Attached').waitFor({ timeout: 60_000 });
    // It went on from what the server had, not from the start.
    expect(offsets[before]).toBeGreaterThanOrEqual(2 * 512 * 1024);
    await section.getByTestId('evidence-file').filter({ hasText: 'witness-statement.txt' }).getByTestId('evidence-sha256').filter({ hasText: sha256(bytes) }).waitFor();
    await context.close();
  });
});
