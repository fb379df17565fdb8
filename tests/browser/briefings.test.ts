import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoEmail, LIAISON_EMAIL, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

const ADC = 'Anti-Discrimination Centre Memorial';
const CHR = 'Civic Association Center for Human Rights';

// The briefing workflow through the pages on the demo coalition: ADC Memorial's admin builds a briefing
// from two of its cases, submits, approves as the only owner and releases it; the liaison then sees
// released briefings only and downloads the PDF. A two-owner briefing refused by one owner is a draft again.
describe('briefings in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  const stamp = Date.now().toString(36);
  const title = `Raids in St. Petersburg, February 2013 (${stamp})`;
  const draftTitle = `Unsubmitted draft ${stamp}`;
  let briefingPath = '';

  useServerAndBrowser((both) => ({ server, browser } = both));

  /** Opens the creation dialog, fills it and picks each case found by its search word. */
  async function createBriefing(page: Page, name: string, searches: string[]): Promise<void> {
    await page.goto('/briefings');
    await page.getByRole('button', { name: 'New briefing' }).click();
    const dialog = page.getByRole('dialog', { name: 'New briefing' });
    await dialog.getByLabel('Title').fill(name);
    await dialog.getByLabel('Audience').fill('OSCE ODIHR');
    for (const word of searches) {
      // The list shows the previous results until the debounced search for this word has been answered.
      const answered = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(`"search":${JSON.stringify(word)}`),
      );
      await dialog.getByLabel('Search cases').fill(word);
      await answered;
      // ADC Memorial's case: the demo referral's Dushanbe case keeps the mosque raid's title.
      const row = dialog.getByRole('row').filter({ hasText: word }).filter({ hasText: /ADC-\d{4}-\d{3}/ });
      await row.first().waitFor();
      await expect(row.count()).resolves.toBe(1);
      await row.getByRole('checkbox').check();
    }
    await dialog.getByText(`${searches.length} selected`).waitFor();
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/briefings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name }).waitFor();
  }

  // In-app navigation: the server answers a reload of /briefings/<id> with its own 404 (its client
  // fallback leaves out every path under /briefings/ to keep the file routes), so the list is the way in.
  async function openBriefing(page: Page, name: string): Promise<void> {
    await page.goto('/briefings');
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name }).waitFor();
  }

  async function openBriefingGone(page: Page, name: string): Promise<void> {
    await page.goto('/briefings');
    await page.getByRole('heading', { name: 'Briefings' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name }).count()).toBe(0);
  }

  async function download(context: BrowserContext, href: string): Promise<{ status: number; body: Buffer }> {
    const response = await context.request.get(href);
    return { status: response.status(), body: await response.body() };
  }

  it('builds a briefing from two ADC cases, submits, approves as the owner ADMIN and releases it with every file', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    // Nothing submitted: the liaison must never see this one.
    await createBriefing(page, draftTitle, ['Novgorod']);
    await createBriefing(page, title, ['Gorelovo', 'Apraksin']);
    briefingPath = new URL(page.url()).pathname;
    await page.getByText('Draft', { exact: true }).first().waitFor();
    // The snapshot is redacted: the owner's own view of the briefing holds pseudonyms, never names.
    await page.getByText(/Raid in Gorelovo/).first().waitFor();
    expect(await page.getByText('Zarina Khodjaeva').count()).toBe(0);

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByText('Awaiting approval', { exact: true }).waitFor();
    const approvals = page.getByRole('table', { name: 'Decisions of the owner organisations' });
    const adcRow = approvals.getByRole('row').filter({ hasText: ADC });
    await adcRow.getByText('Pending').waitFor();
    await expect(page.getByRole('button', { name: 'Release' }).isDisabled()).resolves.toBe(true);

    await adcRow.getByRole('button', { name: `Approve for ${ADC}` }).click();
    await adcRow.getByText('Approved').waitFor();
    await expect(adcRow.getByRole('button').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Release' }).click();
    await page.getByText('Released', { exact: true }).first().waitFor();

    const files = page.getByRole('table', { name: 'Files' });
    for (const format of ['PDF', 'CSV', 'JSON', 'XLSX']) await files.getByRole('link', { name: `Download ${format}` }).waitFor();
    const pdf = await download(context, (await files.getByRole('link', { name: 'Download PDF' }).getAttribute('href'))!);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const json = await download(context, (await files.getByRole('link', { name: 'Download JSON' }).getAttribute('href'))!);
    expect(json.status).toBe(200);
    expect(json.body.toString('utf8')).not.toContain('Zarina');
    await page.getByRole('button', { name: 'Revoke' }).waitFor();
    await context.close();
  });

  it('shows the liaison released briefings only, without any way to create, approve or reach cases, and serves the PDF', async () => {
    const { context, page } = await signedInPage(browser, server.url, LIAISON_EMAIL);
    await page.goto('/briefings');
    await page.getByRole('link', { name: title }).waitFor();
    // The demo's released ODIHR briefing is there too; the unsubmitted draft is not.
    expect(await page.getByRole('link', { name: /OSCE|Raids, detentions/ }).count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByText(draftTitle).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New briefing' }).count()).toBe(0);
    expect(await page.getByText(/Draft|Awaiting approval/).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Cases' }).count()).toBe(0);

    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(`**${briefingPath}`);
    const files = page.getByRole('table', { name: 'Files' });
    const href = (await files.getByRole('link', { name: 'Download PDF' }).getAttribute('href'))!;
    expect(await page.getByRole('button').filter({ hasText: /Approve|Refuse|Release|Revoke|Submit/ }).count()).toBe(0);
    expect(await page.getByText('Approval', { exact: true }).count()).toBe(0);
    expect(await page.locator('a[href^="/cases"]').count()).toBe(0);
    const pdf = await download(context, href);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await context.close();
  });

  it('returns a two-owner briefing to DRAFT when one owner refuses, naming the refusing organisation', async () => {
    // CHR Dushanbe reads ADC's Gorelovo case through a share: its briefing needs both organisations' approval.
    const chr = await signedInPage(browser, server.url, demoEmail('admin', 'chr-dushanbe'));
    const refusedTitle = `Gorelovo families ${stamp}`;
    await createBriefing(chr.page, refusedTitle, ['Gorelovo']);
    await chr.page.getByRole('button', { name: 'Submit for approval' }).click();
    const chrApprovals = chr.page.getByRole('table', { name: 'Decisions of the owner organisations' });
    await chrApprovals.getByRole('row').filter({ hasText: ADC }).getByText('Pending').waitFor();
    // CHR's admin may decide for CHR only.
    expect(await chrApprovals.getByRole('button', { name: `Approve for ${ADC}` }).count()).toBe(0);
    await chrApprovals.getByRole('button', { name: `Approve for ${CHR}` }).click();
    await chrApprovals.getByRole('row').filter({ hasText: CHR }).getByText('Approved').waitFor();

    const adc = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await openBriefing(adc.page, refusedTitle);
    const adcApprovals = adc.page.getByRole('table', { name: 'Decisions of the owner organisations' });
    expect(await adcApprovals.getByRole('button', { name: `Approve for ${CHR}` }).count()).toBe(0);
    expect(await adc.page.getByRole('button', { name: 'Release' }).count()).toBe(0);
    await adcApprovals.getByRole('button', { name: `Refuse for ${ADC}` }).click();
    await adc.page.getByRole('dialog', { name: 'Refuse this briefing?' }).getByRole('button', { name: 'Refuse' }).click();
    // A refusing owner that is not the author no longer reads the draft: the page says what happened.
    await adc.page.getByText(`You refused this briefing on behalf of ${ADC}`).waitFor();
    await openBriefingGone(adc.page, refusedTitle);

    await chr.page.goto('/briefings');
    await chr.page.getByRole('row').filter({ hasText: refusedTitle }).getByText(`Refused by ${ADC}`).waitFor();
    await openBriefing(chr.page, refusedTitle);
    await chr.page.getByText(`${ADC} refused this briefing`, { exact: false }).waitFor();
    await chr.page.getByText('Draft', { exact: true }).first().waitFor();
    await chr.page.getByRole('button', { name: 'Submit again' }).waitFor();
    await adc.context.close();
    await chr.context.close();
  });
});
