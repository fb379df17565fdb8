import type { Browser } from 'playwright-core';
import { readOutbox } from '../../server/test/support/outbox';
import { waitUntil } from '../../server/test/support/wait-until';
import { DEMO_PASSWORD, demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

// A member who forgot the password asks for a link on the sign-in page, opens the emailed link, sets a
// new password: every session of the account ends, the new password signs in, the link works once.
describe('password reset in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  it('resets the password from the emailed link, ends the sessions, and refuses the link a second time', async () => {
    const email = demoEmail('viewer', 'adc-memorial');
    const newPassword = 'a brand new passphrase 2026';
    const signedIn = await signedInPage(browser, server.url, email);

    const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/login?lang=en');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password');
    // The URL changes at once, but the sign-in page (with its own Email field) stays on screen until the
    // lazily loaded page replaces it: fill the form only once it is there.
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill(email.toUpperCase());
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page
      .getByText('If this email has an account')
      .waitFor()
      .catch(async (error: unknown) => {
        throw new Error(
          `${String(error)}\npage: ${await page.locator('body').innerText()}\nserver: ${server.output().slice(-3000)}`,
        );
      });

    const mail = await waitUntil(
      'the reset email is in the outbox',
      async () => (await readOutbox(server.dataDir)).find((m) => m.to === email && m.text.includes('/reset-password/')),
      // The demo seed's notification emails are queued ahead of it on a fresh server.
      { timeoutMs: 60_000 },
    );
    const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
    expect(mail.text).not.toMatch(/Viewer|ADC Memorial/i);
    await page.goto(new URL(link).pathname);
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
    await page.getByLabel('Repeat the new password').fill(newPassword);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Your password has been set').waitFor();

    // The session signed in before the reset has ended.
    await signedIn.page.goto('/dashboard');
    await signedIn.page.waitForURL((url) => url.pathname.startsWith('/login'));

    await page.goto('/login?lang=en');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Sign-in failed').waitFor();
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    const again = await browser.newContext({ baseURL: server.url, locale: 'en-GB' });
    const second = await again.newPage();
    await second.goto(new URL(link).pathname);
    await second.getByRole('textbox', { name: 'New password', exact: true }).fill('yet another passphrase 2026');
    await second.getByLabel('Repeat the new password').fill('yet another passphrase 2026');
    await second.getByRole('button', { name: 'Set the new password' }).click();
    await second.getByText('This link does not work').waitFor();
    await Promise.all([again.close(), context.close(), signedIn.context.close()]);
  });
});
