import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { query } from './support/database';
import { elementHydrated } from './support/hydration';
import { signInAs } from './support/sign-in';

// Every desk page of the demo record: it renders for its role, axe finds nothing, and its links prefetch nothing.
test('every desk page is accessible to its users and prefetches none of its links', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetched.push(`${request.url()} from ${page.url()}`);
  });
  const [claim] = await query<{ id: string }>(`SELECT c.id FROM "Claim" c JOIN "ClaimVersion" v ON v.id = c."currentVersionId" WHERE v.statement = 'AQIM backs ISIS' ORDER BY c."createdAt" LIMIT 1`);
  const [link] = await query<{ id: string }>(`SELECT id FROM "ClaimLink" WHERE status = 'APPROVED' ORDER BY "createdAt" LIMIT 1`);
  const [source] = await query<{ id: string }>(`SELECT id FROM "Source" WHERE snapshot IS NOT NULL LIMIT 1`);
  const [entity] = await query<{ id: string }>(`SELECT id FROM "Entity" WHERE slug = 'aqim'`);
  const [inReview] = await query<{ id: string }>(`SELECT id FROM "Claim" WHERE status = 'IN_REVIEW' ORDER BY "createdAt" LIMIT 1`);
  const pages = [
    '/desk',
    '/desk/sources',
    '/desk/sources?q=Long',
    '/desk/sources/new',
    `/desk/sources/${source.id}`,
    '/desk/entities',
    '/desk/entities?q=Zawahri',
    '/desk/entities/new',
    `/desk/entities/${entity.id}`,
    '/desk/claims/new',
    `/desk/claims/${claim.id}`,
    `/desk/claims/${claim.id}/history`,
    `/desk/links/${link.id}`,
    '/desk/settings',
    '/desk/admin/users',
    '/desk/admin/audit',
    '/desk/review',
    `/desk/review/claims/${inReview.id}`,
    `/desk/review/claims/${claim.id}`,
    `/desk/review/links/${link.id}`,
  ];
  // A time per page rather than one for all: a page and its axe run took 4-13 s with the other workers on two
  // cores, and twenty of them ran past a flat two minutes.
  test.setTimeout(pages.length * 15_000);
  await signInAs(page, 'admin@demo.test');
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${path}: ${violation.id} ${violation.nodes[0]?.target}`)).toEqual([]);
  }
  // Each page stayed open for its axe run, seconds in which Next prefetches the links in view.
  expect(prefetched).toEqual([]);
});

test('a desk link opens its page without reloading the document', async ({ page }) => {
  await signInAs(page, 'reviewer@demo.test');
  await page.goto('/desk/review');
  const sources = page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Sources' });
  await elementHydrated(sources);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await sources.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('a reviewer reads the desk but gets no editing forms, and the accounts page is refused', async ({ page }) => {
  await signInAs(page, 'reviewer@demo.test');
  for (const path of ['/desk/sources/new', '/desk/entities/new', '/desk/claims/new']) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  await page.goto('/desk');
  await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Accounts' })).toHaveCount(0);
  const response = await page.goto('/desk/admin/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
});
