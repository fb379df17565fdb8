import type { Page } from 'playwright-core';

/**
 * The visible form controls and buttons of the page that have no accessible name (no label, aria-label,
 * aria-labelledby, title or text), described so a failure says which one. Screen-reader users cannot tell
 * what such a control does.
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'input:not([type="hidden"]), textarea, select, button, [role="button"], [role="combobox"], [role="radio"], a[href]';
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const nameOf = (el: Element): string => {
      const aria = el.getAttribute('aria-label');
      if (aria?.trim()) return aria;
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) {
        const text = labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        if (text.trim()) return text;
      }
      const labels = (el as HTMLInputElement).labels;
      if (labels && Array.from(labels).some((l) => l.textContent?.trim()))
        return Array.from(labels, (l) => l.textContent).join(' ');
      const title = el.getAttribute('title');
      if (title?.trim()) return title;
      if (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA' && el.tagName !== 'SELECT') {
        const text = el.textContent ?? '';
        if (text.trim()) return text;
        const img = el.querySelector('[aria-label], img[alt], svg title');
        if (img) return img.getAttribute('aria-label') ?? img.getAttribute('alt') ?? img.textContent ?? '';
      }
      return '';
    };
    return Array.from(document.querySelectorAll(selector))
      .filter(visible)
      .filter((el) => !nameOf(el).trim())
      .map((el) => el.outerHTML.slice(0, 160));
  });
}
