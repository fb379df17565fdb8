import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoEmail, signedInPage, type BrowserServer, useServerAndBrowser } from './support/browser';

// Each interface language in a real browser: chosen from the header, remembered, and no English string of the
// interface left on the page. Case data (titles, summaries) is content, not interface, so English is detected by
// the English locale's own strings, not by guessing at words.
const LOCALES = path.resolve(__dirname, '../../client/src/locales');
const NAMESPACES = ['common', 'cases'];

function strings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(strings);
  return [];
}

/** The interface strings that differ in `lang`, as they would appear on screen (placeholders cut off). */
function englishOnly(lang: string): string[] {
  const result = new Set<string>();
  // A word the language writes as English does (French "Coalition") is not English left behind.
  const translated = new Set(NAMESPACES.flatMap((ns) => strings(JSON.parse(fs.readFileSync(path.join(LOCALES, lang, `${ns}.json`), 'utf8')))));
  for (const ns of NAMESPACES) {
    const english = strings(JSON.parse(fs.readFileSync(path.join(LOCALES, 'en', `${ns}.json`), 'utf8')));
    for (const value of english) {
      if (translated.has(value)) continue;
      // The longest literal stretch between placeholders, so "{{count}} cases" is looked for as " cases".
      const piece = value.split(/\{\{[^}]*\}\}/).sort((a, b) => b.length - a.length)[0]!.trim();
      if (piece.length >= 4 && /\p{L}{3}/u.test(piece)) result.add(piece);
    }
  }
  return [...result];
}

// Organisations' names are names, not interface ("Anti-Discrimination Centre Memorial"): the allow-list.
const ORGANISATION_NAMES = [
  ...fs.readFileSync(path.resolve(__dirname, '../../server/src/seed/demo-organisations.ts'), 'utf8').matchAll(/\bname: '([^']+)'/g),
].map((m) => m[1]!);

const SWITCH_LABEL: Record<string, string> = { en: 'Language', ru: 'Язык', tg: 'Забон', ka: 'ენა', fr: 'Langue' };
const NAME: Record<string, string> = { ru: 'Русский', tg: 'Тоҷикӣ', ka: 'ქართული', fr: 'Français' };
const CASES_NAV: Record<string, string> = { ru: 'Дела', tg: 'Парвандаҳо', ka: 'საქმეები', fr: 'Dossiers' };

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = Array.from(document.querySelectorAll('[aria-label],[placeholder],[title]')).map((el) =>
      ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join('\n'),
    );
    // The rows hold case data (titles written in English are content, not interface): leave them out.
    const chrome = document.body.cloneNode(true) as HTMLElement;
    chrome.querySelectorAll('tbody').forEach((rows) => rows.remove());
    const walker = document.createTreeWalker(chrome, NodeFilter.SHOW_TEXT);
    const nodes: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node.textContent ?? '');
    return [...nodes, ...labels].join('\n');
  });
}

describe('interface languages in a real browser', () => {
  let server: BrowserServer;
  let browser: Browser;
  useServerAndBrowser((both) => ({ server, browser } = both));

  it('switches to each language from the header, remembers it, and leaves no English on the cases page', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'));
    await page.goto('/cases?lang=en');
    // Without ?lang, so that a reload shows the remembered choice.
    await page.goto('/cases');
    await page.getByRole('link', { name: 'Cases' }).first().waitFor();
    let current = 'en';
    for (const lang of ['ru', 'tg', 'ka', 'fr']) {
      await page.getByRole('radiogroup', { name: SWITCH_LABEL[current] }).getByText(NAME[lang]!).click();
      current = lang;
      await page.getByRole('navigation').getByText(CASES_NAV[lang]!, { exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.reload();
      await page.getByRole('navigation').getByText(CASES_NAV[lang]!, { exact: true }).waitFor();
      await page.getByRole('table').waitFor();
      const text = ORGANISATION_NAMES.reduce((all, name) => all.split(name).join(' '), await visibleText(page));
      // A one-word string counts only as a whole text ("Date" is French too, inside "Date de l’incident"); a longer
      // one anywhere between non-letters.
      const pieces = new Set(text.split('\n').map((piece) => piece.trim()));
      const left = englishOnly(lang).filter((english) =>
        /\s/.test(english) ? new RegExp(`(^|[^\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text) : pieces.has(english),
      );
      expect({ lang, left }).toEqual({ lang, left: [] });
    }
    await context.close();
  });

  it('finds Tajikistan from "Тадж" in the country picker, in Russian and Tajik', async () => {
    const { context, page } = await signedInPage(browser, server.url, demoEmail('admin', 'adc-memorial'), 'ru');
    await page.goto('/cases?lang=ru');
    const country = page.getByRole('textbox', { name: 'Страна' });
    await country.fill('Тадж');
    await page.getByRole('option', { name: 'Таджикистан' }).click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'TJ');
    await page.goto('/cases/new?lang=tg');
    await page.getByRole('textbox', { name: /^Кишвар/ }).fill('Тоҷ');
    await page.getByRole('option', { name: 'Тоҷикистон' }).waitFor();
    await context.close();
  });
});
