import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { query } from './support/database';

// The public site as a reader meets it: every page's weight, preview tags and accessibility, the keyboard,
// and search. Which items are public at all is e2e/published-only.spec.ts.

const javaScriptBudget = 50 * 1024;

/** One address of every kind of public page in the demo record. */
async function publicPages() {
  const [claim] = await query<{ id: string }>(`SELECT id FROM "Claim" WHERE status = 'APPROVED' ORDER BY "createdAt" LIMIT 1`);
  const [contradiction] = await query<{ id: string; claimAId: string }>(
    `SELECT id, "claimAId" FROM "ClaimLink" WHERE kind = 'CONTRADICTS' AND status = 'APPROVED' ORDER BY "createdAt" LIMIT 1`,
  );
  const [source] = await query<{ id: string }>(
    `SELECT s.id FROM "Source" s WHERE s."derivedFromId" IS NOT NULL AND EXISTS (
       SELECT 1 FROM "Citation" c JOIN "Claim" cl ON cl."publishedVersionId" = c."claimVersionId" WHERE c."sourceId" = s.id) LIMIT 1`,
  );
  const [topic] = await query<{ slug: string }>(`SELECT slug FROM "Topic" ORDER BY slug LIMIT 1`);
  return {
    home: '/',
    search: '/search?q=Zawahri',
    claim: `/claims/${claim.id}`,
    contradiction: `/contradictions/${contradiction.id}`,
    related: `/claims/${contradiction.claimAId}/related?kind=contradicts`,
    sources: '/sources',
    topics: '/topics',
    source: `/sources/${source.id}`,
    topic: `/topics/${topic.slug}`,
    entity: '/entities/ayman-al-zawahiri',
    key: '/key',
    api: '/api',
    'not-found': '/claims/00000000-0000-7000-8000-000000000000',
  };
}

/** Compressed bytes of JavaScript the page ran or fetched: script files as sent, inline scripts gzipped.
 *  JSON-LD is data, not script, and does not count. */
async function javaScriptBytes(page: Page, url: string) {
  const sizes: Promise<number>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() === 'script') sizes.push(response.request().sizes().then((size) => size.responseBodySize));
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !['application/ld+json', 'application/json'].includes(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? '')
      .join('\n'),
  );
  const files = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  return files + (inline ? gzipSync(inline).length : 0);
}

test('every kind of public page: within the script budget, previewable, accessible, screenshot at 390 and 1280 px', async ({ page }) => {
  test.setTimeout(120_000);
  const weights: string[] = [];
  for (const [name, url] of Object.entries(await publicPages())) {
    const bytes = await javaScriptBytes(page, url);
    weights.push(`${name} ${bytes} B`);
    expect(bytes, `${name}: ${url}`).toBeLessThanOrEqual(javaScriptBudget);
    await expect(page.locator('title')).not.toBeEmpty();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    // A page that holds nothing has no address worth sharing.
    const properties = ['og:title', 'og:description', 'og:site_name', 'og:type', ...(name === 'not-found' ? [] : ['og:url'])];
    for (const property of properties) {
      await expect(page.locator(`meta[property="${property}"]`), `${name} ${property}`).toHaveAttribute('content', /\S/);
    }
    expect((await new AxeBuilder({ page }).analyze()).violations, name).toEqual([]);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    }
  }
  test.info().annotations.push({ type: 'javascript', description: weights.join(', ') });
});

test('a reader moves through the public pages by keyboard, always seeing where the focus is', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // From the top, the search box is reached by keyboard, and a search runs with Enter.
  const searchBox = page.getByRole('searchbox', { name: /Search statements/ });
  for (let presses = 0; presses < 20 && !(await searchBox.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page), await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe(true);
  }
  await expect(searchBox).toBeFocused();
  await page.keyboard.type('Zawahri');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /claim/ })).toBeVisible();

  // Every link and control on the results page shows its focus.
  for (let presses = 0; presses < 25; presses++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page), await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe(true);
  }
});

async function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return true;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

test.describe('search', () => {
  test('from the home page, a misspelt name finds the claims about its entity, with the words marked', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: /Search statements/ }).fill('Zawahri allegiance');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=Zawahri\+allegiance/);
    const result = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'AQIM reaffirms allegiance to Zawahiri' }) });
    await expect(result.locator('mark', { hasText: 'Zawahiri' }).first()).toBeVisible();
    await expect(result.locator('mark', { hasText: 'allegiance' }).first()).toBeVisible();
    await expect(page.getByText(/Names found in any spelling: Ayman al-Zawahiri/)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('the filters narrow the results and keep their values', async ({ page }) => {
    await page.goto('/search?q=AQIM');
    const all = await page.getByRole('heading', { level: 2 }).first().textContent();
    await page.getByLabel('Linked claims').selectOption('CONTRADICTS');
    await page.getByLabel('Claimed until').fill('2014-07-10');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByLabel('Linked claims')).toHaveValue('CONTRADICTS');
    await expect(page.getByLabel('Claimed until')).toHaveValue('2014-07-10');
    await expect(page.getByRole('heading', { level: 2 }).first()).not.toHaveText(all ?? '');
    await expect(page.getByRole('link', { name: 'AQIM backs ISIS', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'AQIM reaffirms allegiance to Zawahiri' })).toHaveCount(0);
  });

  test('a bad filter is explained, and common words alone find nothing', async ({ page }) => {
    await page.goto('/search?q=AQIM&from=2016-01-01&to=2015-01-01');
    await expect(page.getByRole('alert')).toContainText('"from" must not be after "to"');
    await page.goto('/search?q=the+of');
    await expect(page.getByRole('heading', { level: 2, name: 'No approved claim matches' })).toBeVisible();
    await expect(page.getByText('Common words left out: the, of')).toBeVisible();
  });
});
