import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** An e2e-only ADMIN account, besides the demo's. */
export const authorAdmin = 'author-admin@e2e.test';

export const sessionFile = (email: string) => path.resolve(import.meta.dirname, '../../test-results/.auth', `${email}.json`);

/** Gives the page's browser context the session e2e/global-setup.ts signed in for this demo account. */
export async function signInAs(page: Page, email: string) {
  await page.context().addCookies(JSON.parse(readFileSync(sessionFile(email), 'utf8')));
}

/** The same session as a Cookie header, for requests made outside a browser context. */
export function sessionCookieHeader(email: string) {
  return (JSON.parse(readFileSync(sessionFile(email), 'utf8')) as { name: string; value: string }[]).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}
