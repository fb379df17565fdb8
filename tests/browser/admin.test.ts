import crypto from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { COORDINATOR_EMAIL, DEMO_PASSWORD, demoEmail, pickCountry, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

/** RFC 4648 base32, as the otpauth secret is written. */
function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits), computed independently of the server's code. */
function totp(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = crypto.createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  return ((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0');
}
const currentStep = () => Math.floor(Date.now() / 30_000);

// Administration through the pages on the demo coalition: ADC Memorial's admin invites a member, who
// accepts through the one-time link signed out, gets new roles, and sets up two-factor sign-in; the
// coordinator manages organisations and verifies the audit chain.
describe('administration in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  const stamp = Date.now().toString(36);
  const email = `new-member-${stamp}@adc-memorial.example.org`;
  const name = `Nodira Test ${stamp}`;
  const password = 'a long enough password 2013';
  let inviteLink = '';

  useServerAndBrowser((both) => ({ server, browser } = both));

  async function signIn(page: Page, code?: string): Promise<void> {
    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    if (code) await page.getByLabel('Authentication code').fill(code);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Someone signed out fills in the invitation page of a spent link: it says the link does not work. */
  async function expectLinkRefused(link: string, displayName: string): Promise<void> {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByLabel('Your name').fill(displayName);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByLabel('Repeat the password').fill(password);
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.getByText('This invitation link does not work').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/invite\//);
    await context.close();
  }

  it('invites a member and shows the link once, with a copy button', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto('/admin/members');
    await page.getByRole('table', { name: 'Current members' }).getByText(demoEmail('caseworker', 'adc-memorial')).waitFor();
    await page.getByLabel('Email of the new member').fill(email);
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await page.getByText('it is shown only once').waitFor();
    inviteLink = (await page.getByTestId('invite-link').textContent())!.trim();
    expect(inviteLink).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{20,}$`));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(inviteLink);
    // Never shown again: a reload has no trace of the token.
    await page.reload();
    await page.getByRole('button', { name: 'Create invitation' }).waitFor();
    expect(await page.getByTestId('invite-link').count()).toBe(0);
    expect(await page.content()).not.toContain(inviteLink.split('/invite/')[1]);
    await context.close();
  });

  it('accepts the invitation signed out and lands signed in on the dashboard; the link then no longer works', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto(inviteLink);
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByLabel('Repeat the password').fill('something else entirely');
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.getByText('The two passwords differ.').waitFor();
    await page.getByLabel('Repeat the password').fill(password);
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await expect(page.getByTestId('current-user').textContent()).resolves.toBe(name);
    await context.close();

    await expectLinkRefused(inviteLink, 'Someone else');
  });

  it('an existing account is sent to sign in, comes back to the link and accepts as itself', async () => {
    const existing = demoEmail('signatory', 'nota-bene');
    // Another organisation than ADC Memorial, whose audit log the last test counts.
    const admin = await signedInPage(browser, server.url, demoEmail('admin', 'fidh'));
    await admin.page.goto('/admin/members');
    await admin.page.getByLabel('Email of the new member').fill(existing);
    await admin.page.getByRole('button', { name: 'Create invitation' }).click();
    const link = (await admin.page.getByTestId('invite-link').textContent())!.trim();
    await admin.context.close();

    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto(link);
    // Whatever password is typed, the link does not sign into an existing account.
    await page.getByLabel('Your name').fill('Whoever');
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByLabel('Repeat the password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.getByText('This email already has an account').waitFor();
    await page.getByRole('link', { name: 'Sign in, then accept.' }).click();
    await page.getByLabel('Email').fill(existing);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/invite/'));
    await page.getByRole('button', { name: `Accept as ${existing}` }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    const slugs = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { memberships { organisation { slug } } } }' }),
      });
      const body = (await response.json()) as { data: { me: { memberships: { organisation: { slug: string } }[] } } };
      return body.data.me.memberships.map((m) => m.organisation.slug).sort();
    });
    expect(slugs).toEqual(['fidh', 'nota-bene']);
    await context.close();
  });

  it('lists pending invitations, and the admin revokes one: its link stops working at once', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto('/admin/members');
    const astray = `sent-astray-${stamp}@example.org`;
    await page.getByLabel('Email of the new member').fill(astray);
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const link = (await page.getByTestId('invite-link').textContent())!.trim();
    const row = page.getByRole('table', { name: 'Pending invitations' }).getByTestId(`invitation-${astray}`);
    await expect(row.textContent()).resolves.toContain('Viewer');
    // The invitation accepted above is no longer pending.
    expect(await page.getByTestId(`invitation-${email}`).count()).toBe(0);
    await row.getByRole('button', { name: `Revoke the invitation for ${astray}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke invitation?' });
    await dialog.getByText(`The link sent to ${astray} will stop working at once.`).waitFor();
    await dialog.getByRole('button', { name: 'Revoke invitation' }).click();
    await row.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('button', { name: 'Create invitation' }).waitFor();
    expect(await page.getByTestId(`invitation-${astray}`).count()).toBe(0);
    await context.close();

    await expectLinkRefused(link, 'Not The Invitee');
  });

  it('lets the admin see the new member, change their roles, and explains why the last admin stays', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto('/admin/members');
    const row = page.getByTestId(`member-${email}`);
    await row.getByText(name).waitFor();
    // The pills cover the input: Mantine opens the list on a click anywhere on the field.
    await row.getByLabel(`Roles of ${name}`).click({ force: true });
    await page.getByRole('option', { name: 'Caseworker' }).click();
    await page.keyboard.press('Escape');
    await row.getByRole('button', { name: 'Save roles' }).click();
    await row.getByRole('button', { name: `Remove ${name}` }).waitFor();
    await page.reload();
    await expect(page.getByTestId(`member-${email}`).textContent()).resolves.toContain('Caseworker');

    // The only ADMIN cannot lose the role: the server refuses, and the page says why.
    const adminRow = page.getByTestId(`member-${demoEmail('admin', 'adc-memorial')}`);
    await adminRow.getByLabel(/^Roles of /).click({ force: true });
    await page.getByRole('option', { name: 'Viewer' }).click();
    await page.keyboard.press('Escape');
    // Remove the Admin pill, leaving Viewer only.
    await adminRow.locator('.mantine-Pill-root', { hasText: 'Admin' }).locator('button').click();
    await adminRow.getByRole('button', { name: 'Save roles' }).click();
    await page.getByRole('alert').filter({ hasText: 'keeps at least one admin' }).waitFor();
    await context.close();
  });

  it('sets up TOTP with a local QR code; afterwards sign-in needs the code', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.goto('/account');
    await expect(page.getByTestId('totp-state').textContent()).resolves.toBe('Not enabled');
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const qr = page.getByRole('img', { name: 'QR code holding your two-factor sign-in key' });
    await expect(qr.getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
    // A code from five minutes ago is outside the allowed drift.
    await page.getByLabel('Code from the app').fill(totp(secret, currentStep() - 10));
    await page.getByRole('button', { name: 'Confirm and enable' }).click();
    await page.getByText('The code does not match.').waitFor();
    await page.getByLabel('Code from the app').fill(totp(secret, currentStep()));
    await page.getByRole('button', { name: 'Confirm and enable' }).click();
    await page.getByTestId('totp-state').getByText('Enabled').waitFor();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/login');
    await signIn(page);
    await page.getByText('Sign-in failed').waitFor();
    // A code already used is refused; the next step's code (within the allowed drift) is fresh.
    await signIn(page, totp(secret, currentStep() + 1));
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await expect(page.getByTestId('current-user').textContent()).resolves.toBe(name);

    // Changing the password: a wrong current password is named beside its field; the session stays.
    await page.goto('/account');
    // The recovery codes and two-factor forms ask for the current password too: this is the password's form.
    const change = page.locator('form').filter({ has: page.getByRole('button', { name: 'Change password' }) });
    await change.getByLabel(/^Current password/).fill('not the password at all');
    await change.getByLabel(/^New password/).fill(`${password} v2`);
    await change.getByLabel(/^Repeat the new password/).fill(`${password} v2`);
    await change.getByRole('button', { name: 'Change password' }).click();
    await change.getByText('This is not your current password.').waitFor();
    await change.getByLabel(/^Current password/).fill(password);
    await change.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed.').waitFor();
    await page.reload();
    await expect(page.getByTestId('current-user').textContent()).resolves.toBe(name);
    await context.close();
  });

  it('lets only the coordinator manage organisations', async () => {
    const admin = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await admin.page.goto('/admin/organisations');
    await admin.page.getByText('Only the coalition coordinator manages organisations.').waitFor();
    await admin.context.close();

    const { context, page } = await signedInPage(browser, server.url, COORDINATOR_EMAIL);
    // The coordinator reads any organisation's members, but only its own ADMINs change them.
    await page.goto('/admin/members');
    await page.getByRole('table', { name: 'Current members' }).getByText(/@/).first().waitFor();
    await page.getByText('only its own admins change roles').waitFor();
    expect(await page.getByRole('button', { name: 'Create invitation' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    await page.getByText('Pending invitations', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Revoke / }).count()).toBe(0);

    await page.goto('/admin/organisations');
    await page.getByRole('button', { name: 'New organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'New organisation' });
    await dialog.getByLabel(/^Name/).fill(`Kyrgyz Migrant Aid ${stamp}`);
    await dialog.getByLabel('Short name (slug)').fill(`kg-aid-${stamp}`);
    await pickCountry(page, dialog, 'Country', 'Kyrgyzstan');
    await dialog.getByLabel('City').fill('Bishkek');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('row').filter({ hasText: `Kyrgyz Migrant Aid ${stamp}` });
    await row.waitFor();
    await row.getByRole('button', { name: `Edit Kyrgyz Migrant Aid ${stamp}` }).click();
    const edit = page.getByRole('dialog', { name: 'Edit organisation' });
    await edit.getByLabel('Representative').fill('Aida Example');
    await edit.getByRole('button', { name: 'Save' }).click();
    await row.getByText('Aida Example').waitFor();
    await context.close();
  });

  it('lets the coordinator verify the audit chain, which is valid', async () => {
    const { context, page } = await signedInPage(browser, server.url, COORDINATOR_EMAIL);
    await page.goto('/audit');
    const log = page.getByRole('table', { name: 'Audit log' });
    await log.getByText('Member joined').first().waitFor();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect(page.getByTestId('audit-verification').textContent()).resolves.toContain('The chain is valid');
    // Newest first, 50 at a time: the seeded coalition alone has more.
    expect(await log.getByRole('row').count()).toBe(51);
    await page.getByRole('button', { name: 'Load more' }).click();
    await log.getByRole('row').nth(51).waitFor();
    await context.close();
  });

  it('filters the audit log on the server and pages through the filtered entries', async () => {
    const { context, page } = await signedInPage(browser, server.url, COORDINATOR_EMAIL);
    // More entries of one action than a page holds: 55 saves of the coordinator's own notification preferences.
    for (let i = 0; i < 55; i++) {
      const saved = await page.request.post('/graphql', { data: { query: `mutation { setNotificationPreferences(email: ${i % 2 ? 'OFF' : 'IMMEDIATE'}) { email } }` } });
      expect(saved.ok()).toBe(true);
    }
    const answer = await page.request.post('/graphql', {
      data: { query: `{ me { id } auditLog(first: 1, filter: { action: "notifications.preferences" }) { totalCount } }` },
    });
    const { data } = (await answer.json()) as { data: { me: { id: string }; auditLog: { totalCount: number } } };
    const total = data.auditLog.totalCount;
    expect(total).toBeGreaterThanOrEqual(55);
    expect(total).toBeLessThanOrEqual(100);

    await page.goto('/audit');
    const log = page.getByRole('table', { name: 'Audit log' });
    await log.locator('tbody tr').first().waitFor();
    const shown = page.getByTestId('audit-shown');
    // Every action the log records is offered, not only those on the first page.
    expect(await page.getByLabel('Action', { exact: true }).locator('option[value="operator.rotate_master_key"]').count()).toBe(1);
    await page.getByLabel('Action', { exact: true }).selectOption('notifications.preferences');
    await shown.filter({ hasText: `50 shown of ${total} entries` }).waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await shown.filter({ hasText: `${total} shown of ${total} entries` }).waitFor();
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    const actions = await log.locator('tbody [data-action]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-action')));
    expect(actions).toEqual(Array(total).fill('notifications.preferences'));
    const seqs = (await log.locator('tbody tr td:first-child').allTextContents()).map(Number);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(total);

    // The subject's id, by its beginning, then a day range that ends before today: nothing.
    await page.getByLabel('Subject identifier').fill(data.me.id.slice(0, 8));
    await shown.filter({ hasText: `50 shown of ${total} entries` }).waitFor();
    await page.getByLabel('Subject identifier').fill('ffffffff-0000');
    await shown.filter({ hasText: `0 shown of 0 entries` }).waitFor();
    await page.getByLabel('Subject identifier').fill('');
    await shown.filter({ hasText: `50 shown of ${total} entries` }).waitFor();
    await page.getByLabel('To', { exact: true }).fill('2013-02-08');
    await shown.filter({ hasText: '0 shown of 0 entries' }).waitFor();
    // An end before the start is said and not applied.
    await page.getByLabel('From', { exact: true }).fill('2013-03-01');
    await page.getByText('Ends before the start date: not applied.').waitFor();
    await shown.filter({ hasText: `50 shown of ${total} entries` }).waitFor();
    await context.close();
  }, 120_000);

  it('shows an organisation ADMIN its own entries, filtered by action, without the chain check', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto('/audit');
    const log = page.getByRole('table', { name: 'Audit log' });
    await log.getByText('Member invited').first().waitFor();
    const organisations = await page.getByLabel('Organisation').locator('option').allTextContents();
    expect(organisations).toEqual(['Anti-Discrimination Centre Memorial']);
    expect(await page.getByRole('button', { name: 'Verify the chain' }).count()).toBe(0);
    await page.getByLabel('Action', { exact: true }).selectOption('member.join');
    await log.getByRole('row').nth(2).waitFor({ state: 'detached' });
    expect(await log.getByRole('row').count()).toBe(2);
    await log.getByRole('row').nth(1).getByText('Membership').waitFor();
    await context.close();
  });
});
