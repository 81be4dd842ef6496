/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';

/**
 * The visible form controls and buttons without an accessible name (aria-label, aria-labelledby, a <label>,
 * their own text or title), described so a failure says which one.
 */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'input:not([type=hidden]), select, textarea, button, [role=combobox], [role=checkbox], [role=radio], a[href]',
    );
    const named = (element: HTMLElement): boolean => {
      if (element.getAttribute('aria-label')?.trim()) return true;
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy && labelledBy.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim()))
        return true;
      if ((element as HTMLInputElement).labels?.length) return true;
      if (element.closest('label')?.textContent?.trim()) return true;
      if (element.getAttribute('title')?.trim()) return true;
      return element.tagName !== 'INPUT' && (element.textContent?.trim().length ?? 0) > 0;
    };
    const visible = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0';
    };
    return [...controls]
      .filter((element) => visible(element) && !named(element))
      .map((element) =>
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className}`.slice(0, 120),
      );
  });
}

/** Tabs through the page and returns the accessible texts of what took the focus, in order. */
export async function tabStops(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element ? (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40) : '';
      }),
    );
  }
  return stops;
}
