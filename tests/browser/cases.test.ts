import type { Browser, Page } from 'playwright-core';
import { demoEmail, pickCountry, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

// One story through the case pages on the demo coalition: ADC Memorial's caseworker finds and opens a
// demo case, creates a case with a person and an event, shares it with Nota Bene, whose viewer then reads
// it without personal data; two editors collide and the second keeps their edits.
describe('cases in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  let caseUrl = '';
  const stamp = Date.now().toString(36);
  const caseTitle = `Kupchino hostel raid ${stamp}`;

  useServerAndBrowser((both) => ({ server, browser } = both));

  const caseworker = () => signedInPage(browser, server.url, demoEmail('caseworker', 'adc-memorial'));
  const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
  // The count changes once the new filter's answer arrives, a moment after the URL.
  const totalIs = (page: Page, text: string) => page.getByTestId('case-total').filter({ hasText: new RegExp(`^${text}$`) }).waitFor();

  it('finds a demo case by search, opens it with its timeline and persons, and goes back to the same list', async () => {
    const { context, page } = await caseworker();
    await page.goto('/cases');
    await page.getByTestId('case-total').waitFor();
    await page.getByLabel('Search', { exact: true }).fill('Gorelovo');
    await page.waitForURL(/search=Gorelovo/);
    await totalIs(page, '1 case');
    const row = page.getByRole('row').filter({ hasText: 'Gorelovo' });
    await expect(row.textContent()).resolves.toContain('Anti-Discrimination Centre Memorial');
    await expect(row.getByText('Shared', { exact: true }).count()).resolves.toBe(1);
    await row.getByRole('link').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);

    const timeline = section(page, 'Timeline');
    await timeline.getByText('Raid in Gorelovo').waitFor();
    expect(await timeline.getByText(/Recorded by Anti-Discrimination Centre Memorial/).count()).toBeGreaterThan(0);
    const persons = section(page, 'Persons');
    // The owner's caseworker reads names.
    await persons.getByText('Zarina Khodjaeva').waitFor();
    expect(await persons.getByText('Person A').count()).toBe(1);
    await section(page, 'Shared with').getByText('Civic Association Center for Human Rights').waitFor();

    // Keyboard only: the dialog opens on Enter with the first field focused and closes on Escape.
    await persons.getByRole('button', { name: 'Add person' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add person' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-autofocus') !== null && document.activeElement?.tagName === 'INPUT');
    await page.keyboard.type('Typed without a mouse');
    await expect(dialog.getByLabel('Full name').inputValue()).resolves.toBe('Typed without a mouse');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/cases' && url.searchParams.get('search') === 'Gorelovo');
    await expect(page.getByLabel('Search', { exact: true }).inputValue()).resolves.toBe('Gorelovo');
    await page.getByRole('row').filter({ hasText: 'Gorelovo' }).waitFor();
    await page.goForward();
    await section(page, 'Timeline').getByText('Raid in Gorelovo').waitFor();
    await context.close();
  });

  it('creates a case, adds a person and an event, and shares it with Nota Bene for reading', async () => {
    const { context, page } = await caseworker();
    await page.goto('/cases');
    await page.getByRole('link', { name: 'New case' }).click();
    await page.waitForURL('**/cases/new');
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByLabel('Title').fill(caseTitle);
    // A made-up code is not a country: the picker offers nothing for it, and the case needs one.
    await form.getByLabel('Country').fill('Russ');
    await page.getByRole('option', { name: 'Russia', exact: true }).waitFor();
    await form.getByLabel('Country').fill('ZZ');
    await page.getByRole('option').first().waitFor({ state: 'hidden' });
    await form.getByLabel('Country').fill('');
    await form.getByRole('button', { name: 'Create case' }).click();
    // The shared schema refuses the missing country before anything is sent.
    await form.getByText('Choose a country from the list').waitFor();
    await pickCountry(page, form, 'Country', 'Russia');
    await form.getByLabel('City').fill('St. Petersburg');
    await form.getByLabel('Summary').fill('Police raid on a workers’ hostel; residents detained for document checks.');
    await form.getByLabel('Raid').check();
    await form.getByLabel('Incident date').fill('2026-01-20');
    await form.getByLabel('Detained').fill('12');
    // A taken reference is refused by the server and shown beside its field.
    await form.getByLabel('Reference').fill('ADC-2013-001');
    await form.getByRole('button', { name: 'Create case' }).click();
    await form.getByText('Another case already has this reference').waitFor();
    expect(await form.getByLabel('Reference').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Reference').fill('');
    await form.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: caseTitle }).waitFor();
    expect(await page.getByTestId('case-reference').textContent()).toMatch(/^ADC-2026-\d+$/);

    await section(page, 'Persons').getByRole('button', { name: 'Add person' }).click();
    const personDialog = page.getByRole('dialog', { name: 'Add person' });
    await personDialog.getByLabel('Full name').fill('Jamshed Karimov');
    await personDialog.getByLabel('Role').selectOption('VICTIM');
    await pickCountry(page, personDialog, 'Citizenship', 'Tajikistan');
    await personDialog.getByLabel('Birth year').fill('1990');
    await personDialog.getByRole('button', { name: 'Add person' }).click();
    await personDialog.waitFor({ state: 'hidden' });
    const persons = section(page, 'Persons');
    await persons.getByText('Jamshed Karimov').waitFor();
    await persons.getByText('Person A').waitFor();

    await section(page, 'Timeline').getByRole('button', { name: 'Add event' }).click();
    const eventDialog = page.getByRole('dialog', { name: 'Add event' });
    await eventDialog.getByLabel('Type').selectOption('DETENTION');
    await eventDialog.getByLabel('Title').fill('Residents taken to the police station');
    await eventDialog.getByRole('button', { name: 'Add event' }).click();
    // No date yet: the shared schema answers in the dialog.
    await eventDialog.getByText('Enter a real date').waitFor();
    await eventDialog.getByLabel('Date').fill('2026-01-20');
    await eventDialog.getByRole('button', { name: 'Add event' }).click();
    await eventDialog.waitFor({ state: 'hidden' });
    await section(page, 'Timeline').getByText('Residents taken to the police station').waitFor();
    await section(page, 'Timeline').getByText(/Recorded by Anti-Discrimination Centre Memorial/).waitFor();

    const shares = section(page, 'Shared with');
    await shares.getByText('Not shared with any other organisation.').waitFor();
    await shares.getByLabel('Organisation').selectOption({ label: 'Humanitarian Fund Nota Bene' });
    await shares.getByLabel('Access').selectOption('READ');
    await shares.getByRole('button', { name: 'Share' }).click();
    // Adding a reader is confirmed first, naming who will read.
    const confirm = page.getByRole('dialog', { name: 'Share this case?' });
    await confirm.getByText('Humanitarian Fund Nota Bene will read the case').waitFor();
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await shares.getByRole('row').filter({ hasText: 'Humanitarian Fund Nota Bene' }).getByText('Read', { exact: true }).waitFor();
    // Sharing widened the restricted case.
    await page.getByText('Shared', { exact: true }).first().waitFor();

    // The history shows each change with its translated action, newest first; a colleague by name.
    const history = section(page, 'History');
    const sharedRow = history.getByRole('row').filter({ hasText: 'Case shared' });
    await sharedRow.waitFor();
    await expect(sharedRow.textContent()).resolves.toContain('Caseworker, Anti-Discrimination Centre Memorial');
    await history.getByRole('row').filter({ hasText: 'Person added to a case' }).waitFor();
    await history.getByRole('row').filter({ hasText: 'Event added to a case' }).waitFor();
    const actions = await history.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent));
    expect(actions.at(-1)).toBe('Case created');
    await context.close();
  });

  it('shows the shared case to Nota Bene’s viewer with personal data hidden and why, and no editing', async () => {
    expect(caseUrl).not.toBe('');
    const { context, page } = await signedInPage(browser, server.url, demoEmail('viewer', 'nota-bene'));
    await page.goto(`/cases?search=${encodeURIComponent(stamp)}`);
    await page.getByRole('link', { name: caseTitle }).click();
    await page.waitForURL(`**${caseUrl}`);
    const persons = section(page, 'Persons');
    await persons.getByText('Person A').waitFor();
    await persons.getByText('Hidden: personal data not shared with your organisation').waitFor();
    expect(await page.getByText('Jamshed Karimov').count()).toBe(0);
    await page.getByTestId('personal-data-notice').waitFor();
    expect(await page.getByRole('link', { name: 'Edit case' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add person' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);

    // Another organisation's reader sees what was done and by which organisation, not by whom, and not the shares.
    const history = section(page, 'History');
    await history.getByRole('row').filter({ hasText: 'Person added to a case' }).getByText('A member of Anti-Discrimination Centre Memorial').waitFor();
    await history.getByRole('row').filter({ hasText: 'Case created' }).waitFor();
    expect(await history.getByText('Case shared').count()).toBe(0);
    expect(await history.getByText(/Caseworker, /).count()).toBe(0);
    // Usable on a 360 px phone: its rows become cards, nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForFunction(() => window.innerWidth === 360);
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 360, undefined, { timeout: 5_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await history.getByText('Case created').scrollIntoViewIfNeeded();
    expect(await history.getByText('Case created').isVisible()).toBe(true);

    await page.goto(`${caseUrl}?lang=ru`);
    await section(page, 'Лица').getByText('Скрыто: персональные данные не переданы вашей организации').waitFor();
    await section(page, 'История').getByRole('row').filter({ hasText: 'Дело создано' }).waitFor();
    await context.close();
  });

  it('keeps the second editor’s edits when the first saved meanwhile, and saves them on the new version', async () => {
    const first = await caseworker();
    const second = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await Promise.all([first.page.goto(`${caseUrl}/edit`), second.page.goto(`${caseUrl}/edit`)]);
    const formOf = (page: Page) => page.getByRole('form', { name: 'Edit case' });
    await formOf(first.page).getByLabel('Title').waitFor();
    await formOf(second.page).getByLabel('Title').waitFor();

    await formOf(first.page).getByLabel('Title').fill(`${caseTitle} (Kupchino district)`);
    await formOf(first.page).getByRole('button', { name: 'Save changes' }).click();
    await first.page.waitForURL(`**${caseUrl}`);
    await first.page.getByRole('heading', { name: `${caseTitle} (Kupchino district)` }).waitFor();

    const summary = 'Raid on a workers’ hostel; 12 residents detained, two beaten.';
    await formOf(second.page).getByLabel('Summary').fill(summary);
    await formOf(second.page).getByLabel('Status').selectOption('MONITORING');
    await formOf(second.page).getByRole('button', { name: 'Save changes' }).click();
    const panel = second.page.getByTestId('conflict-panel');
    await panel.waitFor();
    const titleRow = panel.getByRole('row').filter({ hasText: 'Title' });
    await expect(titleRow.textContent()).resolves.toContain(`${caseTitle} (Kupchino district)`);
    await expect(formOf(second.page).getByLabel('Summary').inputValue()).resolves.toBe(summary);
    expect(second.page.url()).toContain('/edit');

    await panel.getByRole('button', { name: 'Keep my edits on the new version' }).click();
    await second.page.getByTestId('rebased-notice').waitFor();
    // The other editor's title is taken, the user's summary and status are kept.
    await expect(formOf(second.page).getByLabel('Title').inputValue()).resolves.toBe(`${caseTitle} (Kupchino district)`);
    await expect(formOf(second.page).getByLabel('Summary').inputValue()).resolves.toBe(summary);
    await formOf(second.page).getByRole('button', { name: 'Save changes' }).click();
    await second.page.waitForURL(`**${caseUrl}`);
    await second.page.getByRole('heading', { name: `${caseTitle} (Kupchino district)` }).waitFor();
    await second.page.getByText(summary).waitFor();
    await second.page.getByText('Monitoring', { exact: true }).first().waitFor();
    await Promise.all([first.context.close(), second.context.close()]);
  });

  it('hides a shared person’s data when the person did not consent, even with a personal-data share', async () => {
    // The demo Gorelovo case is shared with CHR Dushanbe with personal data; only the mother consented.
    const { context, page } = await signedInPage(browser, server.url, demoEmail('viewer', 'chr-dushanbe'));
    await page.goto('/cases?search=Gorelovo');
    await page.getByRole('row').filter({ hasText: 'Gorelovo' }).getByRole('link').first().click();
    const persons = section(page, 'Persons');
    await persons.getByText('Zarina Khodjaeva').waitFor();
    await persons.getByText('Hidden: the person did not consent to sharing').waitFor();
    expect(await page.getByText('Madina Khodjaeva').count()).toBe(0);
    expect(await page.getByTestId('personal-data-notice').count()).toBe(0);
    await context.close();
  });

  it('stops sharing: Nota Bene’s viewer then gets a clear not-available page', async () => {
    const owner = await caseworker();
    await owner.page.goto(caseUrl);
    const shares = section(owner.page, 'Shared with');
    await shares.getByRole('button', { name: 'Stop sharing with Humanitarian Fund Nota Bene' }).click();
    await shares.getByText('Not shared with any other organisation.').waitFor();
    // Removing a person asks first.
    const persons = section(owner.page, 'Persons');
    await persons.getByRole('button', { name: 'Remove Person A' }).click();
    const confirm = owner.page.getByRole('dialog', { name: 'Remove Person A from the case?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await persons.getByText('No persons recorded.').waitFor();
    const viewer = await signedInPage(browser, server.url, demoEmail('viewer', 'nota-bene'));
    await viewer.page.goto(caseUrl);
    await viewer.page.getByText('This case does not exist, or your organisation may not see it.').waitFor();
    await Promise.all([owner.context.close(), viewer.context.close()]);
  });

  it('loads more cases with the cursor', async () => {
    const { context, page } = await caseworker();
    await page.goto('/cases');
    const batch = `Batch${stamp}`;
    // Thirty cases through the import API, so that the list has a second page.
    const imported = await page.evaluate(async (word) => {
      const post = async (query: string, variables: Record<string, unknown> = {}) =>
        (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as {
          data: Record<string, never>;
        };
      const me = (await post('{ me { memberships { organisation { id slug } } } }')).data as unknown as {
        me: { memberships: { organisation: { id: string; slug: string } }[] };
      };
      const org = me.me.memberships.find((m) => m.organisation.slug === 'adc-memorial')!.organisation.id;
      const rows = Array.from({ length: 30 }, (_, i) => ({ title: `${word} case ${i + 1}`, countryCode: 'RU', incidentDate: '2025-03-01' }));
      const result = await post('mutation ($data: String!, $org: ID!) { importCases(data: $data, format: JSON, organisationId: $org) { created } }', {
        data: JSON.stringify(rows),
        org,
      });
      return result;
    }, batch);
    expect(imported).toEqual({ data: { importCases: { created: 30 } } });
    await page.goto(`/cases?search=${batch}`);
    await totalIs(page, '30 cases');
    const rows = page.getByRole('table', { name: 'Cases' }).locator('tbody tr');
    await expect(rows.count()).resolves.toBe(25);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 30);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    const titles = await rows.locator('td:nth-child(1) a').allTextContents();
    expect(new Set(titles).size).toBe(30);
    await context.close();
  });

  it('sorts a column on the server, across the pages', async () => {
    const { context, page } = await caseworker();
    await page.goto('/cases');
    const word = `Sorted${stamp}`;
    // Thirty cases whose references come in a shuffled order and whose dates repeat, some unknown.
    const references = Array.from({ length: 30 }, (_, i) => `SRT-${stamp}-${String(((i * 7) % 30) + 1).padStart(2, '0')}`);
    const dates = ['2013-02-08', '2013-01-31', '', '2014-05-01', '2013-02-08'];
    const imported = await page.evaluate(
      async ({ word, references, dates }) => {
        const post = async (query: string, variables: Record<string, unknown> = {}) =>
          (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as {
            data: Record<string, never>;
          };
        const me = (await post('{ me { memberships { organisation { id slug } } } }')).data as unknown as {
          me: { memberships: { organisation: { id: string; slug: string } }[] };
        };
        const org = me.me.memberships.find((m) => m.organisation.slug === 'adc-memorial')!.organisation.id;
        const rows = references.map((reference, i) => ({ reference, title: `${word} case ${i + 1}`, countryCode: 'RU', ...(dates[i % 5] ? { incidentDate: dates[i % 5] } : {}) }));
        return post('mutation ($data: String!, $org: ID!) { importCases(data: $data, format: JSON, organisationId: $org) { created } }', { data: JSON.stringify(rows), org });
      },
      { word, references, dates },
    );
    expect(imported).toEqual({ data: { importCases: { created: 30 } } });
    await page.goto(`/cases?search=${word}`);
    await totalIs(page, '30 cases');
    const table = page.getByRole('table', { name: 'Cases' });
    const rows = table.locator('tbody tr');
    const loadAll = async () => {
      await rows.nth(24).waitFor();
      await page.getByRole('button', { name: 'Load more' }).click();
      await rows.nth(29).waitFor();
      expect(await rows.count()).toBe(30);
    };

    // Case, twice: references descending, over both pages, not only within the first.
    await page.getByTestId('sort-case').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'case.asc');
    await rows.first().locator('td').first().filter({ hasText: `SRT-${stamp}-01` }).waitFor();
    await page.getByTestId('sort-case').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'case.desc');
    await rows.first().locator('td').first().filter({ hasText: `SRT-${stamp}-30` }).waitFor();
    await loadAll();
    const descending = await rows.locator('td:first-child p').allTextContents();
    expect(descending).toEqual([...references].sort().reverse());

    // The incident date, ascending: known dates in order, the unknown ones last.
    await page.getByTestId('sort-incidentDate').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'incidentDate.asc');
    // The router changes the URL before React renders the new order (a transition): wait for the header itself.
    await page.getByRole('columnheader', { name: /^Incident date/ }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    await rows.first().locator('td').nth(2).filter({ hasText: '2013' }).waitFor();
    await loadAll();
    const shownDates = await rows.locator('td:nth-child(3)').allTextContents();
    const known = shownDates.filter((d) => /\d{4}/.test(d));
    expect(known).toHaveLength(24);
    expect(shownDates.slice(24).every((d) => !/\d{4}/.test(d))).toBe(true);
    const asDays = known.map((d) => Date.parse(d));
    expect(asDays.every((d) => !Number.isNaN(d))).toBe(true);
    expect(asDays).toEqual([...asDays].sort((a, b) => a - b));
    const titles = await rows.locator('td:nth-child(1) a').allTextContents();
    expect(new Set(titles).size).toBe(30);
    await context.close();
  });

  it('keeps a new case’s form through an expired session and saves it after signing in again', async () => {
    const { context, page } = await caseworker();
    await page.goto('/cases/new');
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByLabel('Title').fill(`Draft kept ${stamp}`);
    await pickCountry(page, form, 'Country', 'Tajikistan');
    await context.clearCookies();
    await form.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/login\?expired=1/);
    await page.getByLabel('Email').fill(demoEmail('caseworker', 'adc-memorial'));
    await page.getByLabel('Password').fill('coalition-demo-2013');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/cases/new');
    await expect(form.getByLabel('Title').inputValue()).resolves.toBe(`Draft kept ${stamp}`);
    await expect(form.getByLabel('Country').inputValue()).resolves.toBe('Tajikistan');
    await form.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('heading', { name: `Draft kept ${stamp}` }).waitFor();
    // Saved, so the draft is gone.
    const created = new URL(page.url()).pathname;
    await page.goto('/cases/new');
    await expect(page.getByRole('form', { name: 'New case' }).getByLabel('Title').inputValue()).resolves.toBe('');

    // The same for a person being added in the dialog.
    await page.goto(created);
    await section(page, 'Persons').getByRole('button', { name: 'Add person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add person' });
    await dialog.getByLabel('Full name').fill('Olim Saidov');
    await dialog.getByLabel('Contact').fill('+992 00 111 2222');
    await context.clearCookies();
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await page.waitForURL(/\/login\?expired=1/);
    await page.getByLabel('Email').fill(demoEmail('caseworker', 'adc-memorial'));
    await page.getByLabel('Password').fill('coalition-demo-2013');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    // Where sign-in returns to is the shell's business (shell.test.ts); with the case page's queries failing too,
    // the shell currently lands on the dashboard. What matters here: the dialog and its text are still there.
    if (new URL(page.url()).pathname !== created) await page.goto(created);
    await expect(dialog.getByLabel('Full name').inputValue()).resolves.toBe('Olim Saidov');
    await expect(dialog.getByLabel('Contact').inputValue()).resolves.toBe('+992 00 111 2222');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section(page, 'Persons').getByText('Olim Saidov').waitFor();
    // Nothing typed stays behind in the tab once saved.
    const leftovers = await page.evaluate(() => Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k) ?? ''));
    expect(leftovers.join(' ')).not.toContain('Olim Saidov');
    await context.close();
  });

  it('restores unsaved edits when the user comes back to the edit page, and can start over', async () => {
    const { context, page } = await caseworker();
    await page.goto(`${caseUrl}/edit`);
    const form = page.getByRole('form', { name: 'Edit case' });
    await form.getByLabel('City').fill('Kolpino');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases' }).click();
    await page.waitForURL('**/cases');
    await page.goto(`${caseUrl}/edit`);
    await page.getByTestId('restored-notice').waitFor();
    await expect(form.getByLabel('City').inputValue()).resolves.toBe('Kolpino');
    await page.getByRole('button', { name: 'Start over from the current version' }).click();
    await expect(form.getByLabel('City').inputValue()).resolves.toBe('St. Petersburg');
    expect(await page.getByTestId('restored-notice').count()).toBe(0);
    await context.close();
  });

  it('creates a case once when the answer to "Create case" is lost on the way back', async () => {
    const { context, page } = await caseworker();
    const word = `lostanswer${stamp}`;
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      if (request.method() === 'POST' && (request.postDataJSON() as { operationName?: string } | null)?.operationName === 'CreateCase') {
        keys.push(request.headers()['idempotency-key'] ?? '');
        if (!dropped) {
          dropped = true;
          // The server creates the case and commits; the answer never reaches the page.
          await route.fetch();
          await route.abort('connectionreset');
          return;
        }
      }
      await route.continue();
    });
    await page.goto('/cases/new');
    const form = page.getByRole('form', { name: 'New case' });
    await form.getByLabel('Title').fill(`Dormitory check ${word}`);
    await pickCountry(page, form, 'Country', 'Russia');
    await form.getByLabel('City').fill('Moscow');
    await form.getByLabel('Summary').fill('Documents checked at a dormitory; the first answer to the save is lost.');
    await form.getByLabel('Raid').check();
    await form.getByLabel('Incident date').fill('2026-02-03');
    await form.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: `Dormitory check ${word}` }).waitFor();
    // Sent twice with one key: the server answered the second time with the first case.
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    await page.unroute('**/graphql');
    const found = await page.request.post('/graphql', {
      data: { query: `query ($q: String!) { cases(filter: { search: $q }) { totalCount } }`, variables: { q: word } },
    });
    expect(((await found.json()) as { data: { cases: { totalCount: number } } }).data.cases.totalCount).toBe(1);
    await context.close();
  });

  it('shows the case page in Russian', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('caseworker', 'adc-memorial'), 'ru');
    await page.goto('/cases?search=Gorelovo&lang=ru');
    await totalIs(page, '1 дело');
    await page.getByRole('row').filter({ hasText: 'Gorelovo' }).getByRole('link').first().click();
    await section(page, 'Хронология').getByText(/Записано: Anti-Discrimination Centre Memorial/).first().waitFor();
    await section(page, 'Лица').getByText('Пострадавший').first().waitFor();
    await page.getByRole('link', { name: 'Редактировать' }).waitFor();
    await section(page, 'Доступ открыт').getByRole('button', { name: 'Открыть доступ' }).waitFor();
    // Fits a 1024 px wide screen without sideways scrolling.
    await page.setViewportSize({ width: 1024, height: 768 });
    // The layout follows the resize: wait until the page reflowed to the new width, then check it fits.
    await page.waitForFunction(() => window.innerWidth === 1024);
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 1024, undefined, { timeout: 5_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.goto('/cases?lang=ru');
    await page.getByRole('table', { name: 'Дела' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await context.close();
  });
});
