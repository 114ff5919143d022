import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { query } from './support/database';
import { requestAs, signInAs } from './support/sign-in';

// What another site can make a signed-in browser do (nothing), and personal tokens as their owner sees them.

const tokensNamed = async (name: string) => (await query<{ n: number }>('SELECT count(*)::int AS n FROM "ApiToken" WHERE name = $1', [name]))[0].n;

test('a server action refuses the very post our own page sent, when it comes from another site', async ({ page, baseURL }) => {
  await signInAs(page, 'editor2@demo.test');
  await page.goto('/desk/settings');
  const name = `cross-site ${randomUUID().slice(0, 8)}`;
  await page.getByLabel('Token name').fill(name);
  const [sent] = await Promise.all([
    page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined),
    page.getByRole('button', { name: 'Create token' }).click(),
  ]);
  await expect(page.getByRole('textbox', { name: 'New token' })).toBeVisible();
  expect(await tokensNamed(name)).toBe(1);

  // The same request again, as a form or script on another site would send it with the reader's cookie (an API
  // client sends it whatever its SameSite, as an old browser might): only its Origin differs.
  const replay = await requestAs(baseURL!, 'editor2@demo.test');
  const resend = async (origin: string) => replay.post('/desk/settings', { headers: { ...(await sent.allHeaders()), origin }, data: sent.postDataBuffer()! });
  for (const origin of ['https://attacker.example', 'null']) expect((await resend(origin)).ok(), origin).toBe(false);
  expect(await tokensNamed(name)).toBe(1);
  // The replay itself is sound: from our own origin it makes a second token.
  expect((await resend(baseURL!)).ok()).toBe(true);
  expect(await tokensNamed(name)).toBe(2);
  await replay.dispose();
});

test('a token shows when it was last used, and once revoked is refused', async ({ page, request }) => {
  await signInAs(page, 'editor2@demo.test');
  await page.goto('/desk/settings');
  const name = `last use ${randomUUID().slice(0, 8)}`;
  await page.getByLabel('Token name').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByRole('textbox', { name: 'New token' }).inputValue();
  const row = () => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await page.reload();
  await expect(row().getByRole('cell').nth(2)).toHaveText('Never');

  const asToken = { authorization: `Bearer ${token}` };
  expect((await request.get('/api/desk/sources?q=Long', { headers: asToken })).status()).toBe(200);
  await page.reload();
  await expect(row().getByRole('cell').nth(2)).not.toHaveText('Never');

  await row().getByRole('button', { name: /Revoke/ }).click();
  await page.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(row()).toContainText('Revoked');
  expect((await request.get('/api/desk/sources?q=Long', { headers: asToken })).status()).toBe(401);
});
