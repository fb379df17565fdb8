import type { Browser } from 'playwright-core';
import { demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

describe('the search box in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  it('focuses the app bar field with /, finds by a prefix, groups results by kind and marks the words', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('viewer', 'adc-memorial'));
    await page.goto('/dashboard');
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.keyboard.press('/');
    const field = page.getByTestId('global-search');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('mosq');
    await field.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'mosq');
    const cases = page.getByTestId('search-group-Case');
    await cases.getByRole('heading', { name: 'Cases' }).waitFor();
    // The mosque raid's case, and the Dushanbe organisation's own case made by the demo referral, which keeps its title.
    await cases.getByRole('link', { name: /raid on the mosque near Apraksin Dvor/ }).first().waitFor();
    expect(await cases.locator('mark').first().textContent()).toMatch(/^mosque/i);
    await context.close();
  });

  it('on a phone, opens the search page from the app bar and searches there, the bar within the screen', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('viewer', 'adc-memorial'));
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/dashboard');
    await page.getByTestId('account-menu').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const account = await page.getByTestId('account-menu').boundingBox();
    expect((account?.x ?? 999) + (account?.width ?? 0)).toBeLessThanOrEqual(360);
    await page.getByTestId('search-link').click();
    await page.waitForURL((url) => url.pathname === '/search');
    const field = page.getByTestId('search-page-field');
    await field.fill('mosq');
    await field.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'mosq');
    await page.getByTestId('search-group-Case').getByRole('link', { name: /raid on the mosque near Apraksin Dvor/ }).first().waitFor();
    expect(await page.getByTestId('search-page-field').inputValue()).toBe('mosq');
    await context.close();
  });

  it('finds a person by name in the case list, in either script, without putting the name in the URL', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('viewer', 'adc-memorial'));
    await page.goto('/cases');
    const field = page.getByTestId('person-name-filter');
    await field.fill('Назаров Фарход');
    await field.press('Enter');
    // The mosque raid's case and the Dushanbe case of the referral both hold the person.
    await page.getByRole('link', { name: /raid on the mosque near Apraksin Dvor/ }).first().waitFor();
    expect(page.url()).not.toMatch(/%D0|Nazarov|person/i);
    await context.close();
  });
});
