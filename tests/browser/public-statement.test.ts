import type { Browser } from 'playwright-core';
import { demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

// The seeded 2013 appeal as the public reads it: on a phone, signed out, in both languages.

/** The signatories exactly as the appeal of 2013 lists them ("Organisation, City (Representative)"). */
const APPEAL_SIGNATORIES = [
  'Anti-Discrimination Centre Memorial, St. Petersburg (Olga Abramenko)',
  'Civic Association Center for Human Rights, Dushanbe (Nodira Abdulloeva)',
  'Civil Assistance Committee, Moscow (Svetlana Gannushkina)',
  'International Federation for Human Rights, Paris (Suer Bellasen)',
  'Bureau for Human Rights and Due Process, Dushanbe (Nargis Zokirova)',
  'Union of Migrant Workers, Moscow (Renat Karimov)',
  'Association of Journalists GenderMediaKavkaz, Tbilisi (Галина Петриашвили)',
  'Humanitarian Fund Nota Bene, Dushanbe (Nigina Bakhrieva)',
];

describe('the public page of a published statement', () => {
  let server: BrowserServer;
  let browser: Browser;
  let slug: string;
  let contentHash: string;
  useServerAndBrowser((both) => ({ server, browser } = both));
  beforeAll(async () => {
    // The address is found as a member finds it: from the list of published statements.
    const { context, page } = await signedInPage(browser, server.url, demoEmail('viewer', 'fidh'));
    const response = await page.request.post('/graphql', {
      data: {
        query: '{ statements(filter: { status: [PUBLISHED] }) { edges { node { slug title currentVersion { contentHash } } } } }',
      },
    });
    const body = (await response.json()) as {
      data: { statements: { edges: { node: { slug: string; title: string; currentVersion: { contentHash: string } } }[] } };
    };
    const appeal = body.data.statements.edges.map((e) => e.node).find((n) => n.title.startsWith('Human rights defenders appeal'));
    slug = appeal!.slug;
    contentHash = appeal!.currentVersion.contentHash;
    await context.close();
  }, 180_000);

  it('shows the 2013 appeal signed out on a 390px phone: text, addressees, signatories in the appeal style, hash, downloads', async () => {
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.goto(`/p/${slug}?lang=en`);
    await page.getByRole('heading', { level: 1, name: /Human rights defenders appeal/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/p/${slug}`);

    const signatories = await page.getByTestId('signatories').locator('p').allTextContents();
    expect(signatories).toEqual(APPEAL_SIGNATORIES);
    await page.getByText('Signed by 8 organisations').waitFor();
    await page.getByText('Administration of the Russian Federation').waitFor();
    await page.getByText(/^Published \d/).waitFor();
    expect((await page.getByTestId('content-hash').textContent())?.trim()).toBe(contentHash);
    await page.getByText('Compute the SHA-256 of the UTF-8 bytes', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Recompute it in this browser' }).click();
    await page.getByText('The texts on this page give exactly this hash.').waitFor();

    // Nothing is wider than the phone: no sideways scrolling.
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);

    // A tab per language.
    await page.getByRole('tab', { name: 'Russian' }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Обращение правозащитников к руководству Российской Федерации и Республики Таджикистан',
      })
      .waitFor();
    await page.getByText('Мы призываем', { exact: true }).waitFor();
    // The Russian text names the addressees in Russian; the words around them stay in the reader's English.
    const addressees = page.getByRole('list', { name: 'Addressed to' });
    await addressees.getByText('Руководству Российской Федерации').waitFor();
    expect(await addressees.locator('li').allTextContents()).toEqual(['Руководству Российской Федерации', 'Руководству Республики Таджикистан']);
    await page.getByRole('tab', { name: 'English' }).click();
    await addressees.getByText('Administration of the Russian Federation').waitFor();

    expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(`/statements/${slug}.pdf`);
    const md = await context.request.get(`/statements/${slug}.md`);
    expect(md.status()).toBe(200);
    expect(await md.text()).toContain('Civil Assistance Committee, Moscow (Svetlana Gannushkina)');
    await context.close();
  });

  it('speaks Russian when asked and switches language from the page', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`/p/${slug}?lang=ru`);
    // The interface language picks the Russian text first.
    await page.getByRole('heading', { level: 1, name: /^Обращение правозащитников/ }).waitFor();
    await page.getByText('Подписали 8 организаций').waitFor();
    // The brand and the addressees in Russian too.
    await page.getByText('Коалиция · совместное заявление').waitFor();
    expect(await page.getByRole('list', { name: 'Адресаты' }).locator('li').allTextContents()).toEqual([
      'Руководству Российской Федерации',
      'Руководству Республики Таджикистан',
    ]);
    await page.getByRole('link', { name: 'Скачать PDF' }).waitFor();
    // A narrow screen shows the language switch as a select, each language named in itself.
    await page.getByRole('combobox', { name: 'Язык' }).selectOption({ label: 'English' });
    await page.getByText('Signed by 8 organisations').waitFor();
    await context.close();
  });

  it('answers an unknown address with a friendly not-found page', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/p/no-such-statement?lang=en');
    await page.getByRole('heading', { name: 'Statement not found' }).waitFor();
    await page.getByText('There is no published statement at this address.', { exact: false }).waitFor();
    await context.close();
  });
});
