import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';
import { waitUntil } from '../../server/test/support/wait-until';

// Issue 19's client: a task added on a case page reaches its assignee's bell live (notificationAdded),
// and the assignee reads and clears it from the app bar.

/** The server's live subscriptions (its /metrics gauge; loopback needs no token). */
async function liveSubscriptions(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^coalition_live_subscriptions (\d+)$/m.exec(text)?.[1] ?? 0);
}

async function unread(page: Page): Promise<number> {
  return Number((await page.getByTestId('notification-unread').textContent()) ?? 'NaN');
}

describe('notifications and tasks in a real browser', () => {
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

  it('adds a task on a case, which rings the assignee’s bell live; the assignee marks all read', async () => {
    const assigneePage = await as(demoEmail('caseworker', 'adc-memorial'));
    await assigneePage.getByRole('heading', { name: 'Waiting for me' }).waitFor();
    const bell = assigneePage.getByTestId('notification-bell');
    await bell.waitFor();
    const before = await unread(assigneePage);
    // The bell's subscription is live before anything happens, so the test shows it is pushed, not polled.
    await waitUntil('the bell subscribes', async () => (await liveSubscriptions(server.url)) >= 1, { timeoutMs: 60_000 });

    const author = await as(demoEmail('admin', 'adc-memorial'));
    await author.goto('/cases?search=Gorelovo');
    await author.getByRole('row').filter({ hasText: 'Gorelovo' }).getByRole('link').first().click();
    const tasks = author.getByTestId('case-tasks');
    await tasks.getByRole('heading', { name: 'Tasks and deadlines' }).waitFor();
    await tasks.getByRole('textbox', { name: /^Task/ }).fill('File the appeal');
    await tasks.locator('input[type="datetime-local"]').fill('2030-01-15T10:30');
    const assignee = tasks.getByRole('combobox', { name: /^Assignee/ });
    const option = await assignee.locator('option').filter({ hasText: /caseworker/i }).first().getAttribute('value');
    await assignee.selectOption(option ?? '');
    await tasks.getByRole('button', { name: 'Add task' }).click();
    const row = tasks.getByRole('row').filter({ hasText: 'File the appeal' });
    await row.waitFor();
    // Shown in the browser's own time zone, as entered.
    expect(Date.parse((await row.locator('time').getAttribute('datetime')) ?? '')).toBe(new Date('2030-01-15T10:30').getTime());

    // The assignee's bell counts it without a reload.
    await assigneePage.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="notification-unread"]')?.textContent) === n,
      before + 1,
      { timeout: 60_000 },
    );
    await bell.click();
    const dialog = assigneePage.getByRole('dialog', { name: 'Notifications' });
    await dialog.getByRole('link', { name: 'A task of a case was assigned to you.' }).first().waitFor();
    await dialog.getByRole('button', { name: 'Mark all read' }).click();
    await assigneePage.waitForFunction(() => document.querySelector('[data-testid="notification-unread"]')?.textContent === '0');
    await dialog.getByRole('button', { name: 'Close notifications' }).click();

    // Completed, it no longer shows actions.
    await row.getByRole('button', { name: 'Complete task File the appeal' }).click();
    await row.getByText('Done', { exact: true }).waitFor();
  }, 240_000);
});
