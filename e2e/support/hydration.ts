import type { Page } from '@playwright/test';

/** Waits until React has hydrated every form on the page. Text typed into a prefilled textarea before then is
 *  garbled when React hydrates it: a save stored the typed note with the server's old note appended. */
export async function formsHydrated(page: Page) {
  await page.waitForFunction(() => [...document.forms].every((form) => Object.keys(form).some((key) => key.startsWith('__reactFiber$'))));
}
