import type { Browser, Locator, Page } from 'playwright-core';
import { demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

// Issue 24 in a real browser, on the demo coalition: ADC Memorial (St. Petersburg) records the younger
// son's consent to a referral and refers him from the mosque-raid case to the Dushanbe centre for medical
// care; the Dushanbe caseworker accepts it in the referrals inbox, which makes the centre's own linked
// case, and records the follow-up there; each side then reads one timeline across the border, every event
// marked by its organisation and country.
describe('a referral from St. Petersburg accepted in Dushanbe', () => {
  let server: BrowserServer;
  let browser: Browser;
  let adcCaseUrl = '';
  const ADC = 'Anti-Discrimination Centre Memorial';
  const DUSHANBE = 'Civic Association Center for Human Rights';
  const MOSQUE = 'St. Petersburg: raid on the mosque near Apraksin Dvor';
  const stamp = Date.now().toString(36);
  const followUp = `Psychological support in Khujand ${stamp}`;

  useServerAndBrowser((both) => ({ server, browser } = both));

  const region = (page: Page, name: string) => page.getByRole('region', { name });
  /** The cross-border timeline's entry with this title, which must carry the organisation's and the country's badges. */
  const entry = (page: Page, title: string): Locator =>
    page.getByTestId('cross-border-timeline').locator('.mantine-Timeline-item').filter({ hasText: title });

  it('ADC Memorial records the consent to a referral and refers the son to the Dushanbe centre', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('caseworker', 'adc-memorial'));
    await page.goto(`/cases?search=${encodeURIComponent('Apraksin')}`);
    // Dushanbe's follow-up case of the father bears the same title: ADC Memorial's own is the one to open.
    await page.getByRole('row').filter({ hasText: MOSQUE }).filter({ hasText: ADC }).getByRole('link', { name: MOSQUE }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    adcCaseUrl = new URL(page.url()).pathname;

    const son = region(page, 'Persons').getByRole('row').filter({ hasText: 'Sukhrob Nazarov' });
    // Without a REFERRAL consent the server would refuse the referral: it is recorded first, as a record.
    await son.getByRole('button', { name: 'Consents' }).click();
    const consents = page.getByRole('dialog', { name: 'Consents of Person B' });
    await consents.getByLabel('Scope').selectOption('REFERRAL');
    await consents.getByLabel('Purpose').fill('Medical and psychological care after deportation');
    await consents.getByLabel(/^Form\b/).fill('signed form');
    await consents.getByRole('button', { name: 'Record consent' }).click();
    const history = consents.getByRole('table', { name: 'Consent history' });
    await history.getByRole('row').filter({ hasText: 'Referral' }).getByText('Active').waitFor();
    await page.keyboard.press('Escape');
    await consents.waitFor({ state: 'hidden' });

    await son.getByRole('button', { name: 'Refer' }).click();
    const refer = page.getByRole('dialog', { name: 'Refer Person B' });
    await refer.getByLabel('To organisation').selectOption({ label: DUSHANBE });
    // The list of needs opens from the keyboard (its pills box takes the pointer's clicks).
    await refer.getByLabel('Needs').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Medical care' }).click();
    // Typing the reason closes the list of needs.
    await refer.getByLabel('Reason and what is asked').fill('Deported with his father; traumatised by the raid. Please arrange psychological care in Khujand.');
    await refer.getByRole('button', { name: 'Refer', exact: true }).click();
    await refer.waitFor({ state: 'hidden' });

    const referral = region(page, 'Linked cases').getByTestId('case-referral').filter({ hasText: `Person B: ${ADC} → ${DUSHANBE}` });
    await referral.getByText('Pending').waitFor();
    await referral.getByText('Medical care').waitFor();
    await context.close();
  });

  it('the Dushanbe caseworker accepts it, gets the centre’s own linked case and records the follow-up there', async () => {
    expect(adcCaseUrl).not.toBe('');
    const { context, page } = await signedInPage(browser, server.url, demoEmail('caseworker', 'chr-dushanbe'));
    await page.goto('/referrals');
    await page.getByRole('heading', { name: 'Referrals' }).waitFor();
    // The receiver reads the son only by pseudonym: no consent shares his personal data.
    const card = page.getByTestId('referral-card').filter({ hasText: `Person B: ${ADC} → ${DUSHANBE}` });
    await card.getByText('Pending').waitFor();
    await card.getByRole('button', { name: 'Accept' }).click();
    // Accepted, the centre reads his name: the REFERRAL consent covers it.
    const accepted = page.getByTestId('referral-card').filter({ hasText: `Sukhrob Nazarov: ${ADC} → ${DUSHANBE}` });
    await accepted.getByText('Accepted').waitFor();
    await accepted.getByTestId('linked-case-link').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    expect(new URL(page.url()).pathname).not.toBe(adcCaseUrl);
    await page.getByRole('heading', { name: MOSQUE }).waitFor();

    // Its own case: linked to ADC Memorial's (by the referral), whose events it reads marked St. Petersburg's.
    const links = region(page, 'Linked cases');
    await links.getByTestId('case-link').filter({ hasText: ADC }).getByRole('link', { name: new RegExp(MOSQUE) }).waitFor();
    const raid = entry(page, 'Raid during Friday prayers');
    await raid.getByText(ADC).waitFor();
    await raid.getByText('Russia').waitFor();

    await region(page, 'Timeline').getByRole('button', { name: 'Add event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add event' });
    await dialog.getByLabel('Type').selectOption('MEDICAL');
    await dialog.getByLabel('Title').fill(followUp);
    await dialog.getByLabel('Date').fill('2013-03-20');
    await dialog.getByRole('button', { name: 'Add event' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await region(page, 'Timeline').getByText(followUp).waitFor();
    await page.reload();
    const own = entry(page, followUp);
    await own.getByText(DUSHANBE).waitFor();
    await own.getByText('Tajikistan').waitFor();
    await context.close();
  });

  it('ADC Memorial reads the same timeline from its side: its own events and Dushanbe’s follow-up, each marked', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto(adcCaseUrl);
    await page.getByRole('heading', { name: MOSQUE }).waitFor();
    const referral = region(page, 'Linked cases').getByTestId('case-referral').filter({ hasText: `Person B: ${ADC} → ${DUSHANBE}` });
    await referral.getByText('Accepted').waitFor();
    // Two links to Dushanbe now: the father's (demo) and the son's, both readable.
    await expect(region(page, 'Linked cases').getByTestId('case-link').filter({ hasText: DUSHANBE }).count()).resolves.toBe(2);

    const followed = entry(page, followUp);
    await followed.getByText(DUSHANBE).waitFor();
    await followed.getByText('Tajikistan').waitFor();
    const raid = entry(page, 'Raid during Friday prayers');
    await raid.getByText(ADC).waitFor();
    await raid.getByText('Russia').waitFor();
    // One timeline in date order: the raid of 8 February before the follow-up of 20 March.
    const titles = await page.getByTestId('cross-border-timeline').locator('.mantine-Timeline-item').allTextContents();
    const at = (title: string) => titles.findIndex((t) => t.includes(title));
    expect(at('Raid during Friday prayers')).toBeGreaterThanOrEqual(0);
    expect(at('Raid during Friday prayers')).toBeLessThan(at(followUp));
    await context.close();
  });
});
