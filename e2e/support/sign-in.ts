import { readFileSync } from 'node:fs';
import path from 'node:path';
import { request, type APIRequestContext, type Page } from '@playwright/test';

/** An e2e-only ADMIN account, besides the demo's. */
export const authorAdmin = 'author-admin@e2e.test';

export const sessionFile = (email: string) => path.resolve(import.meta.dirname, '../../test-results/.auth', `${email}.json`);

/** Gives the page's browser context the session e2e/global-setup.ts signed in for this demo account. */
export async function signInAs(page: Page, email: string) {
  await page.context().addCookies(JSON.parse(readFileSync(sessionFile(email), 'utf8')));
}

/** An HTTP client with that account's session, or none, sending the Origin a browser on the site would. */
export async function requestAs(baseURL: string, email: string | null): Promise<APIRequestContext> {
  type Cookie = { name: string; value: string; domain: string; path: string; httpOnly: boolean; secure: boolean; sameSite: 'Lax' };
  const cookies = email ? (JSON.parse(readFileSync(sessionFile(email), 'utf8')) as Cookie[]).map((cookie) => ({ expires: -1, ...cookie })) : [];
  return request.newContext({ baseURL, storageState: { cookies, origins: [] }, extraHTTPHeaders: { origin: baseURL } });
}
