import type { Browser, Page } from 'playwright-core';
import { unnamedControls } from '../client/support/accessible-names';
import { COORDINATOR_EMAIL, demoEmail, LIAISON_EMAIL, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

/** The value shown on the totals card with this label. */
async function stat(page: Page, label: string): Promise<string> {
  const card = page.locator('.mantine-Card-root', { has: page.getByRole('heading', { name: label, exact: true }) });
  return (await card.getByTestId('stat-value').textContent())?.trim() ?? '';
}

const shot = (page: Page, name: string) =>
  process.env.SCREENSHOTS
    ? page.screenshot({ path: `${process.env.SCREENSHOTS}/${name}.png`, fullPage: true })
    : Promise.resolve();

describe('dashboard in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  it('shows an ADC Memorial admin the totals and charts of the demo cases; filters live in the URL', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto('/dashboard');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByRole('heading', { name: 'Incidents by month' }).waitFor();
    // ADC Memorial's five demo cases and the Dushanbe case of the demo referral, shared with it for reading.
    expect(await stat(page, 'Cases')).toBe('6');
    expect(await stat(page, 'People detained')).toBe('1,253');
    // Charts are drawn (recharts SVG) and a member sees no suppression.
    await page.locator('.recharts-surface').first().waitFor();
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.getByText(/fewer than/).count()).toBe(0);
    const flows = page.getByRole('region', { name: 'Deportations: from → to' });
    await flows.getByRole('cell', { name: 'Tajikistan' }).waitFor();
    await shot(page, 'dashboard-admin');
    expect(await unnamedControls(page)).toEqual([]);

    // A filter goes into the URL and narrows the counts.
    await page.getByLabel('Incidents from').fill('2013-02-07');
    await page.waitForURL((url) => url.searchParams.get('from') === '2013-02-07');
    // The counts follow once the new statistics arrive.
    // The referral's Dushanbe case keeps the mosque raid's date (2013-02-08) and categories.
    await page.waitForFunction(() => document.querySelector('[data-testid="stat-value"]')?.textContent === '4');
    expect(await stat(page, 'Cases')).toBe('4');
    await page.getByRole('textbox', { name: 'Categories' }).click();
    await page.getByRole('option', { name: 'Deportation' }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.searchParams.getAll('category').includes('DEPORTATION'));
    await page.waitForFunction(() => document.querySelector('[data-testid="stat-value"]')?.textContent === '3');

    // Reload keeps the view; back restores the previous one.
    await page.reload();
    await page.getByRole('heading', { name: 'Incidents by month' }).waitFor();
    expect(await page.getByLabel('Incidents from').inputValue()).toBe('2013-02-07');
    await page.waitForFunction(() => document.querySelector('[data-testid="stat-value"]')?.textContent === '3');
    await page.goBack();
    await page.waitForURL(
      (url) => url.searchParams.get('from') === '2013-02-07' && url.searchParams.getAll('category').length === 0,
    );
    await page.waitForFunction(() => document.querySelector('[data-testid="stat-value"]')?.textContent === '4');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/dashboard' && url.search === '');
    await page.waitForFunction(() => document.querySelector('[data-testid="stat-value"]')?.textContent === '6');
    expect(await page.getByLabel('Incidents from').inputValue()).toBe('');
    await context.close();
  });

  it('speaks Russian with ?lang=ru', async () => {
    const { context, page } = await signedInPage(browser, server.url, COORDINATOR_EMAIL);
    await page.goto('/dashboard?lang=ru&country=RU');
    await page.getByRole('heading', { name: 'Инциденты по месяцам' }).waitFor();
    await page.getByRole('heading', { name: 'Дела по категориям' }).waitFor();
    expect(await stat(page, 'Задержано человек')).toBe('1\u00a0253');
    expect(await page.getByRole('textbox', { name: 'Страна', exact: true }).inputValue()).toBe('Россия');
    await page.getByRole('region', { name: 'Выдворения: откуда → куда' }).getByRole('cell', { name: 'Таджикистан' }).waitFor();
    const categories = page.getByRole('region', { name: 'Дела по категориям' });
    await categories.getByText('Показать числа').click();
    await categories.getByRole('cell', { name: 'Рейд' }).waitFor();
    expect(new URL(page.url()).searchParams.get('country')).toBe('RU');
    // Longer Russian labels still fit a 1024 px screen without scrolling sideways.
    await page.setViewportSize({ width: 1024, height: 800 });
    // The layout follows the resize: wait until the page reflowed to the new width, then check it fits.
    await page.waitForFunction(() => window.innerWidth === 1024);
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 1024, undefined, { timeout: 5_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await shot(page, 'dashboard-ru');
    await context.close();
  });

  it('shows a liaison "fewer than 5" for small counts, never a 0 or a bar for them', async () => {
    const { context, page } = await signedInPage(browser, server.url, LIAISON_EMAIL);
    await page.goto('/dashboard');
    await page.getByRole('heading', { name: 'Incidents by month' }).waitFor();
    await page.getByText('Small numbers are hidden').waitFor();
    // The demo's five cases of ADC Memorial and the Dushanbe case of its referral.
    expect(await stat(page, 'Cases')).toBe('6');
    // Four of the five demo cases contribute detainees, one the deportees: both are withheld.
    expect(await stat(page, 'People detained')).toBe('fewer than 5');
    expect(await stat(page, 'People deported')).toBe('fewer than 5');
    // January 2013 has one case and February four: both suppressed, listed in words.
    const months = page.getByRole('region', { name: 'Incidents by month' });
    await expect(months.getByTestId('suppressed-list').textContent()).resolves.toMatch(/Jan 2013.*Feb 2013|Feb 2013.*Jan 2013/);
    expect(await months.locator('.recharts-bar-rectangle').count()).toBe(0);
    await months.getByText('Show the numbers').click();
    const monthCells = await months.getByRole('cell').allTextContents();
    expect(monthCells).toContain('fewer than 5');
    expect(monthCells).not.toContain('0');
    // The one RU → TJ deportation is a row reading "fewer than 5", not a drawn flow.
    const flows = page.getByRole('region', { name: 'Deportations: from → to' });
    expect(await flows.getByRole('cell').allTextContents()).toEqual(['Russia', 'Tajikistan', 'fewer than 5']);
    expect(await flows.locator('.recharts-sankey-link').count()).toBe(0);
    // No suppressed value anywhere reads 0.
    const values = await page.getByTestId('stat-value').allTextContents();
    for (const [i, value] of values.entries())
      if (value === '0')
        expect(['People injured']).toContain(
          await page.getByTestId('stat-value').nth(i).locator('xpath=..').locator('h3').textContent(),
        );
    await shot(page, 'dashboard-liaison');
    await context.close();
  });
});
