import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

// The emergency lock through the pages, on a server of its own (a lock ends sessions the other browser
// tests would need): ADC Memorial's admin locks from the members page after confirming, is signed out
// with everyone else, and a member without two-factor sign-in is told why they cannot sign in.
describe('emergency lock in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;

  useServerAndBrowser((both) => ({ server, browser } = both));

  it('locks after a confirmation, ends the sessions and refuses a password-only sign-in with the reason', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    const member = await signedInPage(browser, server.url, demoEmail('viewer', 'adc-memorial'));
    await page.goto('/admin/members');
    await page.getByRole('heading', { name: 'Emergency lock' }).waitFor();
    await page.getByRole('button', { name: 'Lock the organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lock the organisation now?' });
    await dialog.getByText('Every session of every member ends at once, yours too.', { exact: false }).waitFor();
    // Cancel first: nothing happens.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Lock the organisation' }).click();
    await page.getByRole('dialog', { name: 'Lock the organisation now?' }).getByRole('button', { name: 'Lock now' }).click();
    // The admin's own session ended with the lock: the sign-in page.
    await page.waitForURL((url) => url.pathname.startsWith('/login'));

    // Another member's open page loses its session too.
    await member.page.goto('/dashboard');
    await member.page.waitForURL((url) => url.pathname.startsWith('/login'));
    await member.page.getByLabel('Email').fill(demoEmail('viewer', 'adc-memorial'));
    await member.page.getByLabel('Password').fill(DEMO_PASSWORD);
    await member.page.getByRole('button', { name: 'Sign in' }).click();
    await member.page.getByRole('alert').getByText('Your organisation requires two-factor sign-in, and your account has none.', { exact: false }).waitFor();
    expect(member.page.url()).toContain('/login');
    await member.context.close();
    await context.close();
  });
});
