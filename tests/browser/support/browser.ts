import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../../support/server-process';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'coalition-demo-2013';
export const demoEmail = (prefix: 'admin' | 'caseworker' | 'signatory' | 'viewer', slug: string): string => `${prefix}@${slug}.example.org`;
export const COORDINATOR_EMAIL = 'coordinator@coalition.example.org';
export const LIAISON_EMAIL = 'liaison@coalition.example.org';

/**
 * Types a country's name into the country picker labelled `label` inside `scope` and chooses it among the
 * options offered (in a portal or not). The input by its role: the open list of options bears the same label.
 */
export async function pickCountry(page: Page, scope: Locator, label: string, name: string): Promise<void> {
  await scope.getByRole('textbox', { name: label }).fill(name);
  await page.getByRole('option', { name, exact: true }).click();
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps dialling out of a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface BrowserServer extends ServerProcess {
  /** Its own embedded database directory, removed on stop. */
  dataDir: string;
}

/**
 * The built product as `npm start` runs it (`node server/dist/main.js`): the embedded database in a
 * fresh DATA_DIR, seeded with the demo coalition, so browser tests see exactly what a newcomer sees
 * and cannot disturb other tests.
 */
export async function startBrowserServer(env: Record<string, string> = {}): Promise<BrowserServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-browser-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env }, 180_000);
  return {
    ...server,
    dataDir,
    async stop(signal?: NodeJS.Signals) {
      const code = await server.stop(signal);
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * The product and a browser, started together. When either fails to start, the other is stopped before
 * the error is thrown: a server process left running would keep the whole test run from ending.
 */
export async function startServerAndBrowser(): Promise<[BrowserServer, Browser]> {
  const [server, browser] = await Promise.allSettled([startBrowserServer(), launchBrowser()]);
  if (server.status === 'fulfilled' && browser.status === 'fulfilled') return [server.value, browser.value];
  if (server.status === 'fulfilled') await server.value.stop();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw server.status === 'rejected' ? server.reason : (browser as PromiseRejectedResult).reason;
}

/** A fresh context (own cookies) signed in through the real login page. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string, lang = 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: lang === 'ru' ? 'ru-RU' : 'en-GB' });
  const page = await context.newPage();
  await page.goto(`/login?lang=${lang}`);
  await page.getByLabel(lang === 'ru' ? 'Эл. почта' : 'Email').fill(email);
  await page.getByLabel(lang === 'ru' ? 'Пароль' : 'Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: lang === 'ru' ? 'Войти' : 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

/**
 * The one set-up of a browser test file: the product and Chromium start before its tests and stop after
 * them. `started` hands both over for the file's own variables; hooks the file declares after this call
 * run once both are up.
 */
export function useServerAndBrowser(started: (both: { server: BrowserServer; browser: Browser }) => void): void {
  let both: { server: BrowserServer; browser: Browser } | null = null;
  beforeAll(async () => {
    const [server, browser] = await startServerAndBrowser();
    both = { server, browser };
    started(both);
  }, 180_000);
  afterAll(async () => {
    await both?.browser.close();
    await both?.server.stop();
  });
}
