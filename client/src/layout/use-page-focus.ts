import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a navigation (not the first load), focus goes to the new page's <h1>, which a screen reader then
 * reads; pages load lazily and fetch their data, so the heading is awaited as it appears.
 */
export function useFocusHeadingOnNavigation(main: RefObject<HTMLElement | null>, pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const focusHeading = (): boolean => {
      const heading = root.querySelector<HTMLElement>('[data-page-heading]');
      if (!heading) return false;
      heading.focus({ preventScroll: false });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [main, pathname]);
}

/** Name each cell after its column, so the phone layout's cards (layout.css) say what each value is. */
function labelCells(root: ParentNode): void {
  for (const table of root.querySelectorAll('table')) {
    const headers = [...table.querySelectorAll(':scope > thead > tr > th')].map((th) => th.textContent?.trim() ?? '');
    if (headers.length === 0) continue;
    for (const row of table.querySelectorAll(':scope > tbody > tr')) {
      [...row.children].forEach((cell, index) => {
        const label = headers[index] ?? '';
        if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
      });
    }
  }
}

/** Where tables become cards (layout.css); on wider screens the header row names the columns. */
const CARD_QUERY = '(max-width: 48em)';

export function useTableCellLabels(main: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const labelAll = () => {
      if (!window.matchMedia(CARD_QUERY).matches) return;
      if (main.current) labelCells(main.current);
      for (const dialog of document.querySelectorAll('.mantine-Modal-body')) labelCells(dialog);
    };
    labelAll();
    // Mutations come in bursts (a chart animates, a list renders): label once per burst, never per change.
    // Attribute changes are not observed, so setting data-label cannot loop.
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      if (timer === undefined) timer = window.setTimeout(() => ((timer = undefined), labelAll()), 300);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [main]);
}
