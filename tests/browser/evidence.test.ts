import type { Browser } from 'playwright-core';
import { jpegWithGps, sha256 } from '../../server/test/support/evidence-fixtures';
import { demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

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
    await context.close();
  });
});
