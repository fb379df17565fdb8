import fs from 'node:fs';
import ical from 'node-ical';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { base32Decode, hotp, totpStep } from '../../server/src/modules/auth/totp';
import { DEMO_PASSWORD, demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

// The account page's notification preferences and calendar feed, as a member sets them.
// A member turns two-factor sign-in on, makes recovery codes (shown once, downloadable), loses the phone:
// a recovery code signs in once and is spent; the account page lists the member's sessions and ends one
// of them, whose browser is then signed out.
describe('recovery codes and sessions in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  const email = demoEmail('caseworker', 'fidh');

  /** The sign-in page in a context of its own, with a browser name the sessions list shows. */
  async function signInWithCode(userAgent: string, code: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB', userAgent, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto('/login?lang=en');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByLabel('Authentication code').fill(code);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return { context, page };
  }

  it('makes 10 recovery codes shown once; one signs in once; a session is listed and ended from another', async () => {
    const main = await signedInPage(browser, server.url, email);
    const page = main.page;
    await page.goto('/account');

    // Two-factor sign-in on, confirmed with the app's code (computed here from the key the page shows).
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    await page.getByLabel('Code from the app').fill(hotp(base32Decode(secret), totpStep()));
    await page.getByRole('button', { name: 'Confirm and enable' }).click();
    await page.getByTestId('totp-state').getByText('Enabled', { exact: true }).waitFor();

    // Ten codes, after the current password; downloadable; gone once the member has saved them.
    const card = page.locator('.mantine-Card-root', { has: page.getByRole('heading', { name: 'Recovery codes' }) });
    await card.getByLabel('Current password').first().fill(DEMO_PASSWORD);
    await card.getByRole('button', { name: 'Make 10 new codes' }).click();
    await card.getByTestId('recovery-codes').waitFor();
    const codes = (await card.getByTestId('recovery-codes').locator('code').allInnerTexts()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(CODE);
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download as a text file' }).click()]);
    expect(download.suggestedFilename()).toBe('coalition-recovery-codes.txt');
    const saved = fs.readFileSync((await download.path())!, 'utf8');
    for (const c of codes) expect(saved).toContain(c);
    await card.getByRole('button', { name: 'I have saved them' }).click();
    await card.getByTestId('recovery-codes').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Recovery codes' }).waitFor();
    expect(await page.getByTestId('recovery-codes').count()).toBe(0);
    expect(await page.content()).not.toContain(codes[0]!);

    // The phone is lost: a recovery code in place of the app's code signs in.
    const phone = await signInWithCode('Lost phone browser 1.0', codes[0]!);
    await phone.page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The same code again is refused: it was spent. Another of the ten works.
    const again = await signInWithCode('Borrowed laptop browser 2.0', codes[0]!);
    await again.page.getByText('Sign-in failed').waitFor();
    expect(new URL(again.page.url()).pathname).toBe('/login');
    await again.page.getByLabel('Authentication code').fill(codes[1]!);
    await again.page.getByRole('button', { name: 'Sign in' }).click();
    await again.page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The sessions list of the first browser shows all three; this one is marked.
    await page.goto('/account');
    const rows = page.getByTestId('session-row');
    const phoneRow = rows.filter({ hasText: 'Lost phone browser 1.0' });
    await phoneRow.waitFor();
    await rows.filter({ hasText: 'Borrowed laptop browser 2.0' }).waitFor();
    expect(await rows.count()).toBe(3);
    const current = rows.filter({ hasText: 'This session' });
    expect(await current.count()).toBe(1);
    expect(await current.getByRole('button', { name: 'Sign out here' }).count()).toBe(1);

    // Ending the lost phone's session signs that browser out; the others stay.
    await phoneRow.getByRole('button', { name: 'End session' }).click();
    await phoneRow.waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(2);
    await phone.page.goto('/dashboard');
    await phone.page.waitForURL((url) => url.pathname.startsWith('/login'));
    await again.page.goto('/account');
    await again.page.getByRole('heading', { name: 'Your sessions' }).waitFor();
    expect(new URL(again.page.url()).pathname).toBe('/account');

    // Each sign-in from a browser the account had not used was told (NEW_SIGN_IN), on the page of all notifications.
    await page.getByTestId('notification-bell').click();
    await page.getByRole('dialog', { name: 'Notifications' }).getByRole('link', { name: 'All notifications' }).click();
    await page.getByRole('heading', { name: 'All notifications' }).waitFor();
    const newSignIns = page.getByTestId('notifications-page-list').getByRole('link', { name: 'Your account was signed in from a new browser.' });
    await newSignIns.first().waitFor();
    expect(await newSignIns.count()).toBeGreaterThanOrEqual(2);
    await page.goto('/account');
    await current.waitFor();

    // "Sign out here" ends this browser's own session.
    await current.getByRole('button', { name: 'Sign out here' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    await page.goto('/dashboard');
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    await Promise.all([phone.context.close(), again.context.close(), main.context.close()]);
  });

  it('saves the email frequency, and makes and replaces the calendar feed link', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'fidh'));
    await page.goto('/account');
    const frequency = page.getByTestId('prefs-email');
    // Enabled once the saved preferences arrived: a choice made before would be overwritten by them.
    await page.waitForSelector('button:has-text("Save preferences"):enabled');
    await frequency.selectOption('DAILY_DIGEST');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByText('Preferences saved.').waitFor();
    await page.reload();
    await page.waitForSelector('button:has-text("Save preferences"):enabled');
    expect(await page.getByTestId('prefs-email').inputValue()).toBe('DAILY_DIGEST');

    await page.getByRole('button', { name: 'Create calendar link' }).click();
    const feed = page.getByTestId('calendar-feed');
    await feed.waitFor();
    const first = (await feed.innerText()).trim();
    expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await fetch(first);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(() => ical.sync.parseICS(body)).not.toThrow();
    await page.getByRole('button', { name: 'Replace calendar link' }).click();
    await page.waitForFunction((old) => document.querySelector('[data-testid="calendar-feed"]')?.textContent?.trim() !== old, first);
    const second = (await feed.innerText()).trim();
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
    await context.close();
  });

  it('shows a task past its due time as overdue on the case page and in "Waiting for me"', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('caseworker', 'adc-memorial'));
    // A case of the caseworker's own organisation, which the caseworker may change.
    const answer = (await (
      await page.request.post('/graphql', { data: { query: '{ me { memberships { organisation { id } } } cases(first: 100) { edges { node { id ownerOrganisation { id } myAccess { canEdit } } } } }' } })
    ).json()) as { data: { me: { memberships: { organisation: { id: string } }[] }; cases: { edges: { node: { id: string; ownerOrganisation: { id: string }; myAccess: { canEdit: boolean } } }[] } } };
    const own = answer.data.me.memberships[0]!.organisation.id;
    const caseId = answer.data.cases.edges.map((e) => e.node).find((c) => c.ownerOrganisation.id === own && c.myAccess.canEdit)!.id;
    await page.goto(`/cases/${caseId}`);
    const tasks = page.getByTestId('case-tasks');
    await tasks.getByRole('heading', { name: 'Tasks and deadlines' }).waitFor();
    await tasks.getByRole('textbox', { name: /^Task/ }).fill('Appeal window of the expulsion decision');
    await tasks.locator('input[type="datetime-local"]').fill('2020-01-15T10:30');
    await tasks.getByRole('button', { name: 'Add task' }).click();
    const row = tasks.getByRole('row').filter({ hasText: 'Appeal window of the expulsion decision' });
    await row.getByTestId('task-overdue').waitFor();

    // Unassigned, it waits for the owner's caseworkers: on the dashboard, marked overdue.
    await page.goto('/dashboard');
    const work = page.getByTestId('my-work');
    const item = work.getByRole('listitem').filter({ hasText: 'Appeal window of the expulsion decision' });
    await item.waitFor();
    await item.getByText('Overdue', { exact: true }).waitFor();
    await context.close();
  });
});
