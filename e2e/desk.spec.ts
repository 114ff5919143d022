import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { query } from './support/database';
import { formsHydrated } from './support/hydration';
import { signInAs } from './support/sign-in';

const backsIsisQuote =
  'Al-Qaeda in the Islamic Maghreb (AQIM) declared its support for the Islamic State of Iraq and al-Sham (ISIS) and implicitly criticized the leadership of the al-Qaeda network and its branches because the latter didn’t openly declare their support for ISIS.';
const allegianceQuote =
  'We “confirm that we still adhere to our pledge of allegiance to our sheikh and emir, Ayman al Zawahiri, since it is a Sharia-accorded pledge of allegiance that remains hanging on our necks, and we do not see what requires use to break it,” AQIM’s statement reads.';

async function pick(page: Page, label: string | RegExp, search: string, option: RegExp, scope: Page | Locator = page) {
  const input = scope.getByRole('combobox', { name: label });
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

test.describe('signing in', () => {
  // A client address of its own, so this test's sign-ins and others' do not share one rate-limit window.
  test.use({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.11' } });

  test('an anonymous visitor to the desk is sent to sign in, and back afterwards', async ({ page }) => {
    await page.goto('/desk/sources');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fdesk%2Fsources/);
    await page.getByLabel('Email').fill('editor@demo.test');
    await page.getByLabel('Password').fill('wrong password entirely');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toHaveText('That email and password do not match an active account.');
    await expect(page.getByLabel('Email')).toHaveValue('editor@demo.test');
    await page.getByLabel('Password').fill('counterclaim-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/desk\/sources$/);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  });
});

test('an editor records the headline contradiction, sees it suggested while typing, links it and sees both side by side', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, 'editor@demo.test');

  // "AQIM backs ISIS", from the Al-Monitor article.
  await page.goto('/desk/claims/new');
  await page.getByLabel('Statement', { exact: true }).fill('AQIM backs ISIS');
  await page.getByLabel('Claimed on', { exact: true }).fill('2014-07-02');
  await pick(page, 'Subject', 'AQIM', /Islamic Maghreb/);
  await page.getByLabel('Relation').selectOption('supports');
  await pick(page, 'Object', 'ISIS', /^Islamic State/);
  await page.getByLabel('Affirms').check();
  await page.getByLabel('Credibility (1–6)').selectOption('3');
  await pick(page, 'Source', 'Al-Monitor', /backs ISIS/);
  await page.getByLabel('Quote, word for word').fill(backsIsisQuote);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Saved as version 1');
  await expect(page.getByRole('heading', { level: 1, name: 'AQIM backs ISIS' })).toBeVisible();

  // "AQIM reaffirms allegiance to Zawahiri", from the Long War Journal, found by one of his spellings.
  await page.goto('/desk/claims/new');
  await page.getByLabel('Statement', { exact: true }).fill('AQIM reaffirms allegiance to Zawahiri');
  await page.getByLabel('Claimed on', { exact: true }).fill('2014-07-14');
  await pick(page, 'Subject', 'AQIM', /Islamic Maghreb/);
  await page.getByLabel('Relation').selectOption('pledges-allegiance-to');
  await pick(page, 'Object', 'Zawahri', /Zawahiri/);
  await page.getByLabel('Affirms').check();
  await page.getByLabel('Credibility (1–6)').selectOption('2');
  await pick(page, 'Source', 'Long War Journal', /AQIM rejects/);
  await page.getByLabel('Quote, word for word').fill(allegianceQuote);

  // The draft just recorded is suggested as a conflict, with the reason.
  const candidates = page.getByRole('region', { name: 'Possible conflicts' });
  const suggestion = candidates.getByRole('listitem').filter({ hasText: 'AQIM backs ISIS' }).filter({ hasText: '(draft)' });
  await expect(suggestion).toContainText('one of the relations can hold towards one object at a time');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await suggestion.getByRole('button', { name: /Save and link as contradicting/ }).click();

  // Side by side: both claims, marked as drafts, with their quotes and grades.
  await expect(page).toHaveURL(/\/desk\/links\//);
  await expect(page.getByText('The left claim contradicts the right one')).toBeVisible();
  const left = page.getByRole('region', { name: 'Left claim' });
  const right = page.getByRole('region', { name: 'Right claim' });
  await expect(left.getByRole('heading', { name: 'AQIM backs ISIS' })).toBeVisible();
  await expect(right.getByRole('heading', { name: 'AQIM reaffirms allegiance to Zawahiri' })).toBeVisible();
  await expect(left.getByText('Draft', { exact: true })).toBeVisible();
  await expect(right.getByText('Draft', { exact: true })).toBeVisible();
  await expect(right.locator('blockquote')).toContainText('pledge of allegiance to our sheikh and emir');
  await expect(left.getByText('Fairly reliable')).toBeVisible();
  await expect(right.getByText('Usually reliable')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the claim form works from the keyboard alone', async ({ page }) => {
  await signInAs(page, 'editor2@demo.test');
  await page.goto('/desk/claims/new');
  const tabTo = async (target: Locator) => {
    for (let presses = 0; presses < 80; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('could not reach the control with Tab');
  };
  await tabTo(page.getByLabel('Statement', { exact: true }));
  await page.keyboard.type('Droukdel keeps AQIM loyal to al-Qaeda');
  await tabTo(page.getByLabel('Claimed on', { exact: true }));
  await page.keyboard.type('07142014');
  await tabTo(page.getByRole('combobox', { name: 'Subject' }));
  await page.keyboard.type('Droukdal');
  await expect(page.getByRole('option', { name: /Droukdel/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Subject' })).toHaveValue(/Droukdel/);
  await tabTo(page.getByRole('combobox', { name: 'Source' }));
  await page.keyboard.type('Long War');
  await expect(page.getByRole('option', { name: /AQIM rejects/ }).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await tabTo(page.getByLabel('Quote, word for word'));
  await page.keyboard.type('AQIM’s statement reads');
  await tabTo(page.getByRole('button', { name: 'Save draft' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Saved as version 1');
  await expect(page.getByRole('heading', { level: 1, name: 'Droukdel keeps AQIM loyal to al-Qaeda' })).toBeVisible();
});

test('a refused save keeps what the editor typed and says what is wrong', async ({ page }) => {
  await signInAs(page, 'editor@demo.test');
  await page.goto('/desk/claims/new');
  await page.getByLabel('Statement', { exact: true }).fill('ساندت القاعدة في بلاد المغرب الإسلامي تنظيم الدولة');
  await page.getByLabel('Claimed on', { exact: true }).fill('2999-01-01');
  await page.getByLabel('Quote, word for word').fill('نص');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'fields need attention' })).toBeVisible();
  await expect(page.getByText('A claim cannot have been made in the future')).toBeVisible();
  await expect(page.getByText('Choose a source')).toBeVisible();
  await expect(page.getByLabel('Statement', { exact: true })).toHaveValue('ساندت القاعدة في بلاد المغرب الإسلامي تنظيم الدولة');
  await expect(page.getByLabel('Statement', { exact: true })).toHaveAttribute('dir', 'auto');
});

test('Enter in a field saves the draft; it never links a suggested claim', async ({ page }) => {
  await signInAs(page, 'editor2@demo.test');
  await page.goto('/desk/claims/new');
  await page.getByLabel('Statement', { exact: true }).fill('AQIM reaffirms allegiance to Zawahiri');
  await page.getByLabel('Claimed on', { exact: true }).fill('2014-07-15');
  await expect(page.getByRole('button', { name: /Save and link as contradicting/ }).first()).toBeVisible();
  await pick(page, 'Source', 'Long War Journal', /AQIM rejects/);
  await page.getByLabel('Quote, word for word').fill('AQIM’s statement reads');
  await page.getByLabel('Where in the source').press('Enter');
  await expect(page).toHaveURL(/\/desk\/claims\/[0-9a-f-]+\?saved=1$/);
  await expect(page.getByRole('heading', { name: 'Links to other claims' })).toBeVisible();
  await expect(page.getByText('None yet.')).toBeVisible();
});

test('a stale edit overwrites nothing: the editor sees what changed and reapplies their edit on top', async ({ page, browser }) => {
  const [draft] = await query<{ id: string; statement: string }>(
    `SELECT c.id, v.statement FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."currentVersionId" WHERE c.status = 'DRAFT' ORDER BY c."createdAt" LIMIT 1`,
  );
  await signInAs(page, 'editor@demo.test');
  await page.goto(`/desk/claims/${draft.id}`);
  const other = await browser.newPage();
  await signInAs(other, 'editor2@demo.test');
  await other.goto(`/desk/claims/${draft.id}`);
  await Promise.all([formsHydrated(page), formsHydrated(other)]);

  await other.getByLabel('Credibility note').fill('Checked against SITE’s release of 15 July');
  await other.getByRole('button', { name: 'Save draft' }).click();
  await expect(other.getByRole('status')).toContainText('Saved as version');

  await page.getByLabel('Statement', { exact: true }).fill(`${draft.statement}, according to LWJ`);
  await page.getByRole('button', { name: 'Save draft' }).click();
  const notice = page.getByRole('region', { name: /Someone saved version/ });
  await expect(notice).toContainText('They changed Credibility note');
  await expect(page.getByLabel('Statement', { exact: true })).toHaveValue(`${draft.statement}, according to LWJ`);
  await expect(page.getByLabel('Credibility note')).toHaveValue('Checked against SITE’s release of 15 July');

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toContainText('Saved as version');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${draft.statement}, according to LWJ`);
  await expect(page.getByText('Checked against SITE’s release of 15 July').first()).toBeVisible();
  await other.close();
});
