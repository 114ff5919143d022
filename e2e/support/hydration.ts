import type { Locator, Page } from '@playwright/test';

/** Waits until React has hydrated every form on the page. Text typed into a prefilled textarea before then is
 *  garbled when React hydrates it: a save stored the typed note with the server's old note appended. */
export async function formsHydrated(page: Page) {
  await page.waitForFunction(() => [...document.forms].every((form) => Object.keys(form).some((key) => key.startsWith('__reactFiber$'))));
}

/** Waits until React has hydrated this element. A link clicked before then is followed as a plain link would be,
 *  loading the whole document. */
export async function elementHydrated(element: Locator) {
  const node = await element.elementHandle();
  await element.page().waitForFunction((hydrating) => Object.keys(hydrating ?? {}).some((key) => key.startsWith('__reactFiber$')), node);
}
