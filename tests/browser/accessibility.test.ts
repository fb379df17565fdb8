import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { COORDINATOR_EMAIL, demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

/**
 * Every page and open dialog, in each interface language, on a 360 px phone: no critical or serious axe-core
 * violation (WCAG 2.1 A and AA), no horizontal scrolling, one <h1>, one main landmark and a title of its own.
 */
const PHONE = { width: 360, height: 740 };
const LANGS = ['en', 'ru'] as const;
const TEXT = {
  en: { addPerson: 'Add person', addEvent: 'Add event', caseTitle: /^Case [A-Z]+-\d{4}-\d{3} · Coalition$/, app: 'Coalition' },
  ru: {
    addPerson: 'Добавить лицо',
    addEvent: 'Добавить событие',
    caseTitle: /^Дело [A-Z]+-\d{4}-\d{3} · Коалиция$/,
    app: 'Коалиция',
  },
};

interface Finding {
  state: string;
  problems: string[];
}

async function audit(page: Page, state: string): Promise<Finding> {
  const problems: string[] = [];
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const violation of results.violations) {
    if (violation.impact !== 'critical' && violation.impact !== 'serious') continue;
    problems.push(
      `${violation.impact} ${violation.id}: ${violation.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
    );
  }
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  if (widths.scroll > widths.inner) {
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).slice(0, 2).join('.')}`),
    );
    problems.push(`scrollWidth ${widths.scroll} > innerWidth ${widths.inner}: ${wide.join(', ')}`);
  }
  return { state, problems };
}

async function pageStructure(page: Page): Promise<{ h1: number; main: number; title: string }> {
  return page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    main: document.querySelectorAll('main, [role="main"]').length,
    title: document.title,
  }));
}

async function settle(page: Page): Promise<void> {
  await page.locator('[data-page-heading]').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * Follows a link within the app and settles on the page it opens. The page left keeps its heading until the new
 * one replaces it (an in-app navigation; the new page's chunk may still be loading): `settle` alone could return
 * on that old heading, under load, before the new page exists.
 */
async function followLink(page: Page, link: Locator, url: RegExp): Promise<void> {
  const leaving = await page.locator('[data-page-heading]').first().elementHandle();
  await link.click();
  await page.waitForURL(url);
  await page.waitForFunction((heading) => !heading?.isConnected, leaving);
  await settle(page);
}

/** The first case of the signed-in organisation (ADC-…) from the list: others shown to it (a referral's Dushanbe case) are read-only. */
async function openOwnCase(page: Page): Promise<void> {
  await page.goto('/cases');
  await settle(page);
  await followLink(
    page,
    page
      .locator('main td', { hasText: /ADC-\d{4}-\d{3}/ })
      .first()
      .locator('a[href^="/cases/"]'),
    /\/cases\/[^/]+$/,
  );
}

describe('accessibility and phones, every page and dialog', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  it.each(LANGS)(
    'has no critical or serious violation and no horizontal scroll at 360 px (%s)',
    async (lang) => {
      const findings: Finding[] = [];
      const text = TEXT[lang];

      // Signed out: the sign-in page.
      const anonymous = await browser.newContext({ baseURL: server.url, viewport: PHONE });
      const login = await anonymous.newPage();
      await login.goto(`/login?lang=${lang}`);
      await settle(login);
      findings.push(await audit(login, 'login'));
      expect(await pageStructure(login)).toMatchObject({ h1: 1, main: 1 });
      await anonymous.close();

      const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'), lang);
      await page.setViewportSize(PHONE);
      const routes = [
        '/dashboard',
        '/cases',
        '/cases/new',
        '/import',
        '/statements',
        '/statements/new',
        '/briefings',
        '/admin/members',
        '/audit',
        '/account',
      ];
      for (const route of routes) {
        await page.goto(route);
        await settle(page);
        findings.push(await audit(page, route));
        const structure = await pageStructure(page);
        if (structure.h1 !== 1 || structure.main !== 1 || !structure.title.endsWith(` · ${text.app}`))
          findings.push({ state: route, problems: [JSON.stringify(structure)] });
      }

      // A case, its edit page and its dialogs.
      await openOwnCase(page);
      const caseUrl = new URL(page.url()).pathname;
      findings.push(await audit(page, 'case'));
      if (!text.caseTitle.test(await page.title())) findings.push({ state: 'case title', problems: [await page.title()] });
      for (const name of [text.addPerson, text.addEvent]) {
        const opener = page.getByRole('button', { name, exact: true }).first();
        await opener.click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        // Audited once its opening transition ended: axe measures a half-faded text's contrast as it is then.
        await dialog.evaluate((el) =>
          Promise.all(
            el.ownerDocument
              .getAnimations()
              .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
              .map((a) => a.finished),
          ),
        );
        findings.push(await audit(page, `case dialog ${name}`));
        // The dialog keeps focus inside and gives it back to the button that opened it.
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      }
      await page.goto(`${caseUrl}/edit`);
      await settle(page);
      findings.push(await audit(page, 'case edit'));

      // A statement.
      await page.goto('/statements');
      await settle(page);
      await followLink(
        page,
        page.locator('main a[href^="/statements/"]:not([href="/statements/new"])').first(),
        /\/statements\/[^/]+$/,
      );
      findings.push(await audit(page, 'statement'));
      await context.close();

      // The coordinator's own pages.
      const coordinator = await signedInPage(browser, server.url, COORDINATOR_EMAIL, lang);
      await coordinator.page.setViewportSize(PHONE);
      for (const route of ['/dashboard', '/admin/organisations', '/briefings']) {
        await coordinator.page.goto(route);
        await settle(coordinator.page);
        findings.push(await audit(coordinator.page, `coordinator ${route}`));
      }
      await coordinator.context.close();

      expect(findings.filter((f) => f.problems.length > 0)).toEqual([]);
    },
    300_000,
  );

  it('moves focus to the new page heading on navigation, and offers a skip link first', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto('/dashboard');
    await settle(page);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(skip).toEqual({ text: 'Skip to main content', href: '#main-content' });
    await page.getByRole('navigation').getByRole('link', { name: 'Statements' }).click();
    await page.waitForURL('**/statements');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Joint statements');
    expect(await page.title()).toBe('Joint statements · Coalition');
    await context.close();
  }, 120_000);

  it('prints a case with its confidentiality marking, without navigation or forms', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await openOwnCase(page);
    expect(await page.getByTestId('print-marking').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-marking').textContent()).toMatch(
      /^Confidential · .+ · [A-Z]+-\d{4}-\d{3} · printed \d{4}-\d{2}-\d{2} by /,
    );
    expect(await page.getByTestId('print-marking').isVisible()).toBe(true);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.locator('main form:visible, main button:visible').count()).toBe(0);
    await context.close();
  }, 120_000);

  it('installs a service worker whose app shell opens without a network, with an offline banner', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: PHONE });
    const page = await context.newPage();
    // Installed once the page has settled (core/service-worker.ts), not while its own scripts download.
    await page.addInitScript(() => {
      const times = { load: -1, register: -1 };
      (window as unknown as { swTimes: typeof times }).swTimes = times;
      window.addEventListener('load', () => (times.load = performance.now()));
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
        times.register = performance.now();
        return register.apply(this, args);
      };
    });
    await page.goto('/login?lang=en');
    await settle(page);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    const times = await page.evaluate(() => (window as unknown as { swTimes: { load: number; register: number } }).swTimes);
    expect(times.load).toBeGreaterThan(0);
    expect(times.register - times.load).toBeGreaterThanOrEqual(3000);
    expect(await page.getByTestId('offline-banner').count()).toBe(0);
    await context.setOffline(true);
    await page.reload();
    await settle(page);
    await page.getByTestId('offline-banner').waitFor();
    expect(await page.getByTestId('offline-banner').textContent()).toMatch(/^You are offline/);
    await context.setOffline(false);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    await context.close();
  }, 120_000);

  it('keeps the account, the language and sign-out reachable on a phone', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.setViewportSize(PHONE);
    await page.goto('/dashboard');
    await settle(page);
    await page.getByTestId('account-menu').click();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'Русский' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.getByTestId('account-menu').click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Выйти' }).waitFor();
    // Touch targets: the menu's button and the navigation toggle are at least 44 px high.
    for (const target of [page.getByTestId('account-menu'), page.getByRole('button', { name: 'Показать или скрыть меню' })]) {
      const box = await target.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  }, 120_000);
});
