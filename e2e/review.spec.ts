import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
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
