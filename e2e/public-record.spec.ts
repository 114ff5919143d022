import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { claimIdByStatement, query } from './support/database';

test('the home page lists the approved claims with their sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'AQIM backs ISIS', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'AQIM reaffirms allegiance to Zawahiri', exact: true })).toBeVisible();
  await expect(page.getByText(/Long War Journal/).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a claim page shows the quote, its source, the grade and the sign-off', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'AQIM reaffirms allegiance to Zawahiri', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'AQIM reaffirms allegiance to Zawahiri' })).toBeVisible();
  await expect(page.locator('blockquote[dir="auto"]').first()).toContainText('pledge of allegiance');
  await expect(page.getByText(/^Approved$/)).toBeVisible();
  await expect(page.getByText(/by Ru?[a-z]+ Reviewer on/)).toBeVisible();
  const sourceLink = page.getByRole('link', { name: /AQIM rejects Islamic State/ }).first();
  await expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expect(page.getByRole('link', { name: 'AQIM backs ISIS' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a claim that is not approved answers 404, as does a guessed address', async ({ page }) => {
  const [draft] = await query<{ id: string }>(`SELECT id FROM "Claim" WHERE status IN ('DRAFT', 'IN_REVIEW', 'REJECTED') LIMIT 1`);
  expect((await page.goto(`/claims/${draft.id}`))?.status()).toBe(404);
  expect((await page.goto('/claims/00000000-0000-7000-8000-000000000000'))?.status()).toBe(404);
  expect((await page.goto('/claims/not-an-id'))?.status()).toBe(404);
});

test('a retracted claim stays at its address, marked retracted with the note and date', async ({ page }) => {
  const [retracted] = await query<{ id: string }>(`SELECT id FROM "Claim" WHERE status = 'RETRACTED' LIMIT 1`);
  await page.goto(`/claims/${retracted.id}`);
  await expect(page.getByRole('note')).toContainText(/Retracted on \d+ \w+ \d{4}/);
});

test('the health check reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
});

test('a demo account signs in and gets an HTTP-only session cookie', async ({ request, baseURL }) => {
  // A client address of its own, so this test's sign-ins and others' do not share one rate-limit window.
  const client = { origin: baseURL!, 'x-forwarded-for': '203.0.113.10' };
  const response = await request.post('/api/auth/sign-in/email', {
    headers: client,
    data: { email: 'reviewer@demo.test', password: 'counterclaim-demo' },
  });
  expect(response.status()).toBe(200);
  const cookie = response.headers()['set-cookie'];
  expect(cookie).toMatch(/better-auth\.session_token=.*HttpOnly/i);
  const wrong = await request.post('/api/auth/sign-in/email', {
    headers: client,
    data: { email: 'reviewer@demo.test', password: 'not-the-password' },
  });
  expect(wrong.status()).toBe(401);
});

test('the headline claims are linked as a contradiction on both pages, with the resolution', async ({ page }) => {
  for (const [statement, other] of [
    ['AQIM backs ISIS', 'AQIM reaffirms allegiance to Zawahiri'],
    ['AQIM reaffirms allegiance to Zawahiri', 'AQIM backs ISIS'],
  ]) {
    await page.goto(`/claims/${await claimIdByStatement(statement)}`);
    const link = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: other, exact: true }) });
    await expect(link).toContainText(/Contradict(s|ed by):/);
    await expect(link).toContainText('Resolution: Both hold in part');
  }
});

test('the API documentation lists the write endpoints and their fields', async ({ page }) => {
  await page.goto('/api');
  await expect(page.getByRole('heading', { level: 1, name: 'API' })).toBeVisible();
  for (const path of ['/api/v1/claims/{id}/citations', '/api/v1/citations/{id}', '/api/v1/links']) await expect(page.getByText(path, { exact: true }).first()).toBeVisible();
  for (const field of ['claimedAt', 'topicIds', 'derivedFromId']) await expect(page.getByText(field, { exact: true }).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the headline contradiction stands side by side, with its resolution, sign-offs and the grade key a click away', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /AQIM backs ISIS versus AQIM reaffirms allegiance to Zawahiri|AQIM reaffirms allegiance to Zawahiri versus AQIM backs ISIS/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('These claims contradict each other');
  await expect(page.getByText('Resolution: Both hold in part.')).toBeVisible();
  for (const statement of ['AQIM backs ISIS', 'AQIM reaffirms allegiance to Zawahiri']) {
    const column = page.getByRole('article', { name: statement });
    await expect(column.locator('blockquote').first()).toBeVisible();
    await expect(column.getByText(/Approved by \w+ Reviewer on/)).toBeVisible();
    await expect(column.getByText(/reliable/).first()).toBeVisible();
  }
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('contradiction-390.png'), fullPage: true });
  await page.getByRole('link', { name: /What the grades mean/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the grades mean');
  await expect(page.getByText('E: Unreliable')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a contradiction that is not approved, or whose claims are not, answers 404', async ({ page }) => {
  const rows = await query<{ id: string }>(
    `SELECT l.id FROM "ClaimLink" l JOIN "Claim" a ON a.id = l."claimAId" JOIN "Claim" b ON b.id = l."claimBId"
     WHERE l."publishedVersionId" IS NULL OR a."publishedVersionId" IS NULL OR b."publishedVersionId" IS NULL OR l.kind <> 'CONTRADICTS'`,
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const { id } of rows) expect((await page.goto(`/contradictions/${id}`))?.status(), id).toBe(404);
});

test('a claim page carries ClaimReview markup with what Google’s fact-check markup requires', async ({ page }) => {
  await page.goto(`/claims/${await claimIdByStatement('AQIM reaffirms allegiance to Zawahiri')}`);
  const markup = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(markup).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'AQIM reaffirms allegiance to Zawahiri' });
  expect(markup.url).toBe(page.url());
  expect(markup.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(markup.author).toMatchObject({ '@type': 'Organization', name: 'Counterclaim' });
  const rating = markup.reviewRating;
  expect(rating['@type']).toBe('Rating');
  expect(rating.ratingValue).toBeGreaterThanOrEqual(Math.min(rating.bestRating, rating.worstRating));
  expect(rating.ratingValue).toBeLessThanOrEqual(Math.max(rating.bestRating, rating.worstRating));
  expect(rating.alternateName).toBeTruthy();
  const item = markup.itemReviewed;
  expect(item['@type']).toBe('Claim');
  expect(item.author.name).toBeTruthy();
  expect(item.appearance.length).toBeGreaterThan(0);
  for (const appearance of [...item.appearance, item.firstAppearance]) {
    expect(appearance['@type']).toBe('CreativeWork');
    expect(appearance.url ?? appearance.headline).toBeTruthy();
  }
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'AQIM reaffirms allegiance to Zawahiri');
});

test('the Atom feed lists the published contradictions and parses as XML', async ({ page, request }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  await page.goto('/');
  const parsed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    return { error: document.querySelector('parsererror')?.textContent ?? null, titles: [...document.querySelectorAll('entry > title')].map((title) => title.textContent) };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.titles.some((title) => /AQIM backs ISIS/.test(title ?? '') && /Zawahiri/.test(title ?? ''))).toBe(true);
});

test('a reader follows a reporting chain, a topic’s timeline and an entity’s names', async ({ page }) => {
  await page.goto('/sources');
  await page.getByRole('listitem').filter({ hasText: 'Rantburg' }).getByRole('link', { name: /Caliphate' claim sparks/ }).click();
  const chain = page.getByRole('region', { name: /One report, not several/ });
  await expect(chain).toContainText('Magharebia');
  await expect(chain).toContainText('El Khabar');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto('/');
  await page.getByRole('link', { name: /AQIM between al-Qaeda and ISIS/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('link', { name: /contradicts “AQIM reaffirms allegiance to Zawahiri”/ }).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto('/entities/ayman-al-zawahiri');
  await expect(page.getByText('Zawahri', { exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath('entity-1280.png'), fullPage: true });
});
