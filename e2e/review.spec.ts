import AxeBuilder from '@axe-core/playwright';
import { expect, request, test, type Page } from '@playwright/test';
import { query } from './support/database';
import { formsHydrated } from './support/hydration';
import { signInAs } from './support/sign-in';

async function pick(page: Page, label: string, search: string, option: RegExp) {
  await page.getByRole('combobox', { name: label }).fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

test('four eyes: an editor submits, one reviewer requests changes, the editor fixes them, another reviewer approves, and the public sees the sign-off', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const tag = Math.random().toString(36).slice(2, 8);
  const first = `Droukdel stays loyal to Zawahiri (${tag})`;
  const fixed = `Droukdel reaffirms AQIM’s pledge to Zawahiri (${tag})`;
  const as = async (email: string) => {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, email);
    return page;
  };

  const editor = await as('editor@demo.test');
  await editor.goto('/desk/claims/new');
  await editor.getByLabel('Statement', { exact: true }).fill(first);
  await editor.getByLabel('Claimed on', { exact: true }).fill('2014-07-14');
  await pick(editor, 'Source', 'Long War Journal', /AQIM rejects/);
  await editor.getByLabel('Quote, word for word').fill('AQIM’s statement reads');
  await editor.getByRole('button', { name: 'Save and submit for review' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'is in review' })).toBeVisible();
  const claimUrl = editor.url().replace(/\?.*$/, '');
  const claimId = claimUrl.split('/').pop()!;

  const reviewer = await as('reviewer@demo.test');
  await reviewer.goto('/desk/review');
  await expect(reviewer.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: /^Review \(\d+\)$/ })).toBeVisible();
  // The queue shows the oldest first, 50 at a time: the new claim is on the last page.
  const shown = reviewer.getByRole('status').filter({ hasText: /^[\d,]+ waiting, oldest first; showing 1–\d+$/ });
  await expect(shown).toBeVisible();
  while ((await reviewer.getByRole('link', { name: first }).count()) === 0) {
    const range = await reviewer.getByRole('status').filter({ hasText: 'waiting, oldest first' }).textContent();
    await reviewer.getByRole('navigation', { name: 'Queue pages' }).getByRole('link', { name: 'Next page' }).click();
    await expect(reviewer.getByRole('status').filter({ hasText: 'waiting, oldest first' })).not.toHaveText(range!);
  }
  await reviewer.getByRole('link', { name: first }).click();
  expect((await new AxeBuilder({ page: reviewer }).analyze()).violations).toEqual([]);
  await reviewer.getByRole('radio', { name: 'Request changes' }).check();
  await reviewer.getByRole('textbox', { name: 'Note' }).first().fill('Quote the pledge itself, not the sentence around it.');
  await reviewer.getByRole('button', { name: 'Record the decision' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: 'Recorded' })).toContainText('Recorded: request changes');

  await editor.goto('/desk');
  const sentBack = editor.getByRole('region', { name: 'My claims with changes requested' }).getByRole('listitem').filter({ hasText: first });
  await expect(sentBack).toContainText('Quote the pledge itself');
  await sentBack.getByRole('link', { name: first }).click();
  await expect(editor.getByLabel('Statement', { exact: true })).toBeVisible();
  await formsHydrated(editor);
  await editor.getByLabel('Statement', { exact: true }).fill(fixed);
  await editor.getByLabel('Quote, word for word').fill('confirm that we still adhere to our pledge of allegiance to our sheikh and emir, Ayman al Zawahiri');
  await editor.getByRole('button', { name: 'Save and submit for review' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Version 2 is in review' })).toBeVisible();

  // The first reviewer could decide again; the second one signs it off.
  const second = await as('reviewer2@demo.test');
  await second.goto(`/desk/review/claims/${claimId}`);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(fixed);
  await second.getByRole('radio', { name: 'Approve', exact: true }).check();
  await second.getByRole('button', { name: 'Record the decision' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Recorded' })).toContainText('Recorded: approve');

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/claims/${claimId}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(fixed);
  await expect(reader.getByText(/by Ruben Reviewer on \d+ \w+ \d{4}/)).toBeVisible();
  await expect(reader.locator('blockquote').first()).toContainText('adhere to our pledge');
});

test('a reviewer cannot approve a claim they wrote or edited, whatever their role', async ({ page }) => {
  await signInAs(page, 'admin@demo.test');
  await page.goto('/desk/claims/new');
  await page.getByLabel('Statement', { exact: true }).fill('An admin’s own claim awaiting review');
  await page.getByLabel('Claimed on', { exact: true }).fill('2014-07-14');
  await pick(page, 'Source', 'Long War Journal', /AQIM rejects/);
  await page.getByLabel('Quote, word for word').fill('AQIM’s statement reads');
  await page.getByRole('button', { name: 'Save and submit for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is in review' })).toBeVisible();
  await page.getByRole('link', { name: 'Review this claim' }).click();
  await page.getByRole('radio', { name: 'Approve', exact: true }).check();
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Four eyes' })).toBeVisible();
});

test('the queue shows fifty at a time, with plain links that keep the filter and work from the keyboard', async ({ browser, page, baseURL }) => {
  test.setTimeout(120_000);
  // An editor of its own, so that the queue filtered by editor holds exactly the claims made here.
  const tag = Math.random().toString(36).slice(2, 8);
  const email = `queue-editor-${tag}@e2e.test`;
  const password = 'a long queue-editor password';
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, 'admin@demo.test');
  await admin.goto('/desk/admin/users');
  const form = admin.getByRole('region', { name: 'Create an account' });
  await form.getByLabel('Name').fill(`Queue Editor ${tag}`);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('EDITOR');
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toContainText(email);
  await admin.context().close();
  const anonymous = await request.newContext({ baseURL });
  const signedIn = await anonymous.post('/api/auth/sign-in/email', {
    headers: { origin: baseURL!, 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200) + 20}` },
    data: { email, password },
  });
  expect(signedIn.status()).toBe(200);
  const cookie = signedIn.headers()['set-cookie'].split('\n').map((header) => header.split(';')[0]).join('; ');
  await anonymous.dispose();
  const editor = await request.newContext({ baseURL, extraHTTPHeaders: { cookie, origin: baseURL! } });
  const [{ id: editorId }] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
  const [{ id: sourceId }] = await query<{ id: string }>('SELECT id FROM "Source" ORDER BY "createdAt" LIMIT 1');
  const statement = (i: number) => `Queued for paging ${i} (${tag})`;
  for (let i = 0; i < 55; i++) {
    const created = await editor.post('/api/v1/claims', {
      data: { statement: statement(i), claimedAt: '2015-01-01', credibility: 3, citations: [{ sourceId, quote: 'As the statement reads' }] },
    });
    expect(created.status()).toBe(201);
    const claim = await created.json();
    expect((await editor.post(`/api/v1/claims/${claim.id}/submit`, { data: { version: claim.version } })).status()).toBe(200);
  }
  await editor.dispose();

  await signInAs(page, 'reviewer@demo.test');
  await page.goto(`/desk/review?editor=${editorId}`);
  const status = page.getByRole('status').filter({ hasText: 'waiting, oldest first' });
  const items = page.getByRole('list').filter({ has: page.getByRole('link', { name: statement(0) }) }).getByRole('listitem');
  const pages = page.getByRole('navigation', { name: 'Queue pages' });
  await expect(status).toHaveText('55 waiting, oldest first; showing 1–50');
  await expect(items).toHaveCount(50);
  await expect(items.first()).toContainText(statement(0));
  await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // From the keyboard: the link takes focus and Enter follows it; the filter goes along.
  await pages.getByRole('link', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('55 waiting, oldest first; showing 51–55');
  expect(new URL(page.url()).searchParams.get('editor')).toBe(editorId);
  await expect(page.getByRole('link', { name: /^Queued for paging/ })).toHaveText([50, 51, 52, 53, 54].map(statement));
  await expect(pages.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await pages.getByRole('link', { name: 'Previous page' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('55 waiting, oldest first; showing 1–50');
  expect(new URL(page.url()).searchParams.get('editor')).toBe(editorId);

  // An address with a cursor the queue never gave out: the first page, and a word about it.
  const response = await page.goto(`/desk/review?editor=${editorId}&after=not-a-cursor`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status').filter({ hasText: 'not one this queue gave out' })).toBeVisible();
  await expect(status).toHaveText('55 waiting, oldest first; showing 1–50');
});

test('the review queue filters by a topic typed in part, and offers the topics a name could mean', async ({ page }) => {
  await signInAs(page, 'reviewer@demo.test');
  await page.goto('/desk/review');
  const topic = page.getByRole('searchbox', { name: 'Topic' });
  const filterBy = async (name: string) => {
    await topic.fill(name);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(`**/desk/review?topicName=${encodeURIComponent(name).replaceAll('%20', '+')}*`);
  };
  const waiting = page.getByRole('status').filter({ hasText: 'waiting, oldest first' });

  await filterBy('islamic state');
  const choices = page.getByRole('region', { name: '2 topics fit “islamic state”: choose one' });
  await expect(choices.getByRole('link')).toHaveText(['The split between al-Qaeda and the Islamic State, 2013–2014', 'Was the Islamic State of Iraq an al-Qaeda branch? (2004–2014)']);
  await expect(waiting).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await choices.getByRole('link', { name: /^Was the Islamic State/ }).click();
  await expect(topic).toHaveValue('Was the Islamic State of Iraq an al-Qaeda branch? (2004–2014)');
  await expect(waiting).toBeVisible();
  // Filtering again by kind keeps the topic chosen.
  await page.getByLabel('Kind').selectOption('claim');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/[?&]kind=claim/);
  await expect(topic).toHaveValue('Was the Islamic State of Iraq an al-Qaeda branch? (2004–2014)');
  await expect(page).toHaveURL(/[?&]topic=[0-9a-f-]{36}(&|$)/);

  await filterBy('ASSIMI');
  await expect(topic).toHaveValue('How the al-Assimi video and the AQIM statement reached us');
  await expect(waiting).toBeVisible();

  await filterBy('no such topic');
  await expect(page.getByRole('status').filter({ hasText: 'No topic’s title contains “no such topic”.' })).toBeVisible();
  await expect(topic).toHaveValue('no such topic');
});
