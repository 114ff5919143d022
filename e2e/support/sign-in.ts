import type { Page } from '@playwright/test';

export const demoPassword = 'counterclaim-demo';

/** Signs the page's browser context in through the auth API, as a fixture should (the form has its own test). */
export async function signInAs(page: Page, baseURL: string, email: string) {
  const response = await page.context().request.post('/api/auth/sign-in/email', {
    headers: { origin: new URL(baseURL).origin },
    data: { email, password: demoPassword },
  });
  if (!response.ok()) throw new Error(`sign-in as ${email} failed: ${response.status()} ${await response.text()}`);
}
