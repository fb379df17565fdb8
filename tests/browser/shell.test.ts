import type { Browser } from 'playwright-core';
import { demoEmail, DEMO_PASSWORD, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

describe('client shell in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  it('sends a signed-out visitor to /login and back to the deep link after sign-in', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/cases?search=raid');
    await page.waitForURL(/\/login\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/cases?search=raid');
    await page.getByLabel('Email').fill(demoEmail('viewer', 'adc-memorial'));
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Sign-in failed');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    expect(new URL(page.url()).search).toBe('?search=raid');
    await context.close();
  });

  it("gives Mantine's fields React's ids, the same on every load, not random ones set after mounting", async () => {
    // Mantine's own useId swaps React's id for a random one in a layout effect, rendering every field and
    // popover twice on mount; the build resolves it to client/src/core/mantine-stable-id.ts.
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const ids: string[] = [];
    for (let load = 0; load < 2; load++) {
      await page.goto('/login?lang=en');
      const email = page.getByLabel('Email');
      await email.waitFor();
      const id = (await email.getAttribute('id')) ?? '';
      expect(id).toMatch(/^mantine-[A-Za-z0-9_-]+$/);
      expect(await page.locator(`label[for="${id}"]`).textContent()).toContain('Email');
      ids.push(id);
    }
    expect(ids[1]).toBe(ids[0]);
    await context.close();
  });

  it('runs under the Content-Security-Policy without a single violation', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto('/dashboard');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    for (const path of ['/cases', '/statements', '/briefings']) {
      await page.goto(path);
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it('switches to Russian by ?lang=ru, remembers it, and switches back from the header', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto('/dashboard?lang=ru');
    await page.getByRole('navigation', { name: 'Основная навигация' }).getByText('Дела').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.goto('/statements');
    await page.getByRole('link', { name: 'Заявления' }).waitFor();
    await page.getByText('English').click();
    await page.getByRole('link', { name: 'Statements' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Statements' }).waitFor();
    await context.close();
  });

  it('shows a liaison no case navigation at all', async () => {
    const { context, page } = await signedInPage(browser, server.url, 'liaison@coalition.example.org');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Briefings' }).waitFor();
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual(['Dashboard', 'Statements', 'Briefings', 'Account']);
    await context.close();
  });
});
