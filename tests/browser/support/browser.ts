import crypto from 'node:crypto';
import fs from 'node:fs';
import { Client } from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../../support/server-process';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'coalition-demo-2013';
export const demoEmail = (prefix: 'admin' | 'caseworker' | 'signatory' | 'viewer', slug: string): string => `${prefix}@${slug}.example.org`;
export const COORDINATOR_EMAIL = 'coordinator@coalition.example.org';
export const LIAISON_EMAIL = 'liaison@coalition.example.org';

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
  /** Its own database, dropped on stop. */
  databaseUrl: string;
}

/**
 * The built product (`node server/dist/main.js`) on a database of its own with the demo coalition,
 * so browser tests see exactly what a newcomer sees and cannot disturb other tests.
 */
export async function startBrowserServer(env: Record<string, string> = {}): Promise<BrowserServer> {
  const adminUrl = process.env.COALITION_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `coalition_browser_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const server = await startServerProcess({
    DATABASE_URL: url.toString(),
    SEED_DEMO: '1',
    COALITION_MASTER_KEY: crypto.randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    ...env,
  }, 120_000);
  return {
    ...server,
    databaseUrl: url.toString(),
    async stop(signal?: NodeJS.Signals) {
      const code = await server.stop(signal);
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      return code;
    },
  };
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
