import { expect, test, type APIRequestContext } from '@playwright/test';
import { query } from './support/database';
import { requestAs } from './support/sign-in';

// Only what a reviewer approved reaches a reader: every demo item on every public surface, and the moment a
// decision changes what is public. playwright.config.ts runs this file before the others, which change the
// record as they go: the walk compares the database with what readers see, so nothing may move under it.

type ClaimRow = { id: string; status: string; published: string | null; statement: string | null };
type LinkRow = { id: string; kind: string; public: boolean };

/** Statements no public surface may show: those of versions never approved, unless an approved one says the same. */
async function unpublishedStatements() {
  const rows = await query<{ statement: string }>(
    `SELECT DISTINCT v.statement FROM "ClaimVersion" v
     WHERE NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."publishedVersionId" = v.id)
       AND v.statement NOT IN (SELECT p.statement FROM "ClaimVersion" p JOIN "Claim" c ON c."publishedVersionId" = p.id)`,
  );
  return rows.map((row) => row.statement);
}

/** Every page of an API list, following nextCursor. */
async function everyPage(api: APIRequestContext, path: string, limit = 100) {
  const items: unknown[] = [];
  let cursor: string | null = null;
  do {
    const response = await api.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status(), path).toBe(200);
    const body = (await response.json()) as { data: unknown[]; nextCursor: string | null };
    items.push(...body.data);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

/** The text a reader gets from a page: what it says and where its links lead. */
async function pageText(api: APIRequestContext, path: string) {
  const response = await api.get(path);
  expect(response.status(), path).toBe(200);
  return decodeEntities(await response.text());
}

function decodeEntities(html: string) {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('every demo item is public on every surface exactly when approved or retracted', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const reader = await requestAs(baseURL!, null);
  const claims = await query<ClaimRow>(
    `SELECT c.id, c.status::text AS status, c."publishedVersionId" AS published, pv.statement
     FROM "Claim" c LEFT JOIN "ClaimVersion" pv ON pv.id = c."publishedVersionId"`,
  );
  const links = await query<LinkRow>(
    `SELECT l.id, l.kind::text AS kind,
       (l."publishedVersionId" IS NOT NULL AND a."publishedVersionId" IS NOT NULL AND b."publishedVersionId" IS NOT NULL) AS public
     FROM "ClaimLink" l JOIN "Claim" a ON a.id = l."claimAId" JOIN "Claim" b ON b.id = l."claimBId"`,
  );
  const hidden = claims.filter((claim) => !claim.published);
  expect(hidden.length, 'the demo record has drafts, items in review and rejected items').toBeGreaterThan(0);
  expect(links.some((link) => !link.public)).toBe(true);

  // Each item at its own address, on the site and in the API.
  for (const claim of claims) {
    const expected = claim.published ? 200 : 404;
    expect((await reader.get(`/claims/${claim.id}`)).status(), `${claim.status} claim ${claim.id}`).toBe(expected);
    expect((await reader.get(`/api/v1/claims/${claim.id}`)).status(), `${claim.status} claim ${claim.id} in the API`).toBe(expected);
  }
  for (const link of links) {
    const expected = link.public && link.kind === 'CONTRADICTS' ? 200 : 404;
    expect((await reader.get(`/contradictions/${link.id}`)).status(), `link ${link.id}`).toBe(expected);
    expect((await reader.get(`/api/v1/contradictions/${link.id}`)).status(), `link ${link.id} in the API`).toBe(expected);
  }

  // The lists, the reference pages, the feed and the exports: every published claim, nothing else.
  const sources = await query<{ id: string }>(`SELECT id FROM "Source"`);
  const topics = await query<{ slug: string }>(`SELECT slug FROM "Topic"`);
  const entities = await query<{ slug: string }>(`SELECT slug FROM "Entity"`);
  const surfaces: Record<string, string> = {};
  for (const path of ['/', '/sources', '/topics', '/feed.xml', '/export/claims.csv', '/export/claims.json', '/search?q=AQIM', '/search?kind=CONTRADICTS']) {
    surfaces[path] = await pageText(reader, path);
  }
  for (const { id } of sources) {
    const response = await reader.get(`/sources/${id}`);
    if (response.status() === 200) surfaces[`/sources/${id}`] = decodeEntities(await response.text());
    else expect(response.status()).toBe(404);
  }
  for (const { slug } of topics) {
    const response = await reader.get(`/topics/${slug}`);
    if (response.status() === 200) surfaces[`/topics/${slug}`] = decodeEntities(await response.text());
  }
  for (const { slug } of entities) {
    const response = await reader.get(`/entities/${slug}`);
    if (response.status() === 200) surfaces[`/entities/${slug}`] = decodeEntities(await response.text());
  }
  // Each published claim's page, and its related claims kind by kind where it has any.
  for (const claim of claims.filter((claim) => claim.published)) {
    surfaces[`/claims/${claim.id}`] = await pageText(reader, `/claims/${claim.id}`);
    for (const kind of ['contradicts', 'supports', 'supersedes', 'qualifies']) {
      const path = `/claims/${claim.id}/related?kind=${kind}`;
      const response = await reader.get(path);
      if (response.status() === 200) surfaces[path] = decodeEntities(await response.text());
      else expect(response.status(), path).toBe(404);
    }
  }
  const related = Object.keys(surfaces).find((path) => path.includes('/related?'));
  expect(related, 'some demo claim has related claims').toBeDefined();
  // An unknown kind, no kind and a page past the last hold nothing either.
  for (const path of [related!.replace(/kind=\w+/, 'kind=agrees'), related!.replace(/\?.*/, ''), `${related}&page=2`]) {
    expect((await reader.get(path)).status(), path).toBe(404);
  }
  for (const path of ['/api/v1/claims', '/api/v1/contradictions', '/api/v1/sources', '/api/v1/entities', '/api/v1/topics']) {
    surfaces[path] = JSON.stringify(await everyPage(reader, path));
  }
  surfaces['/api/v1/search?kind=CONTRADICTS'] = JSON.stringify(await everyPage(reader, '/api/v1/search?kind=CONTRADICTS', 50));

  const apiClaims = JSON.parse(surfaces['/api/v1/claims']) as { id: string }[];
  expect(apiClaims.map((claim) => claim.id).sort()).toEqual(claims.filter((claim) => claim.published).map((claim) => claim.id).sort());
  const exported = JSON.parse(surfaces['/export/claims.json']) as { id: string }[];
  expect(exported.map((claim) => claim.id).sort()).toEqual(apiClaims.map((claim) => claim.id).sort());

  const secrets = [...(await unpublishedStatements()), ...hidden.map((claim) => claim.id), ...links.filter((link) => !link.public).map((link) => link.id)];
  expect(secrets.length).toBeGreaterThan(0);
  for (const [surface, text] of Object.entries(surfaces)) {
    for (const secret of secrets) expect(text.includes(secret), `${surface} shows "${secret}"`).toBe(false);
  }

  // Search finds no draft by its own words.
  for (const statement of await unpublishedStatements()) {
    const response = await reader.get(`/api/v1/search?q=${encodeURIComponent(statement)}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { data: { claim: { statement: string } }[] };
    expect(body.data.map((hit) => hit.claim.statement), statement).not.toContain(statement);
  }
  await reader.dispose();
});

test('a decision is public on the next request, and not a moment before', async ({ baseURL, page: browser }) => {
  test.setTimeout(60_000);
  const [editor, reviewer, reviewer2, reader] = await Promise.all([
    requestAs(baseURL!, 'editor@demo.test'),
    requestAs(baseURL!, 'reviewer@demo.test'),
    requestAs(baseURL!, 'reviewer2@demo.test'),
    requestAs(baseURL!, null),
  ]);
  const [source] = await query<{ id: string; title: string }>(`SELECT id, title FROM "Source" WHERE title LIKE 'AQIM rejects%' LIMIT 1`);
  const word = `freshness${Date.now()}`;
  const statement = `AQIM's statement was read aloud in Arabic (${word})`;
  // A right-to-left quote, as a test record: the demo holds no Arabic original.
  const created = await editor.post('/api/v1/claims', {
    data: {
      statement,
      claimedAt: '2014-07-14',
      credibility: 3,
      citations: [{ sourceId: source.id, quote: 'We still adhere to our pledge', originalQuote: 'ما زلنا على بيعتنا', originalLanguage: 'ar' }],
    },
  });
  expect(created.status()).toBe(201);
  const claim = (await created.json()) as { id: string; version: number };
  const submitted = await editor.post(`/api/v1/claims/${claim.id}/submit`, { data: { version: claim.version } });
  expect(submitted.status()).toBe(200);

  // Looked at (and so cached) while in review: not there.
  for (let look = 0; look < 2; look++) {
    expect((await reader.get(`/claims/${claim.id}`)).status()).toBe(404);
    expect((await reader.get(`/api/v1/claims/${claim.id}`)).status()).toBe(404);
    expect(await reader.get('/').then((response) => response.text())).not.toContain(word);
    expect(((await (await reader.get(`/api/v1/search?q=${word}`)).json()) as { total: number }).total).toBe(0);
  }

  const approved = await reviewer.post(`/api/v1/claims/${claim.id}/reviews`, { data: { version: 1, decision: 'APPROVE' } });
  expect(approved.status()).toBe(201);
  // The very next request, with no waiting: public everywhere.
  const page = await reader.get(`/claims/${claim.id}`);
  expect(page.status()).toBe(200);
  expect(decodeEntities(await page.text())).toContain(statement);
  expect((await reader.get(`/api/v1/claims/${claim.id}`)).status()).toBe(200);
  expect(decodeEntities(await (await reader.get('/')).text())).toContain(word);
  expect(((await (await reader.get(`/api/v1/search?q=${word}`)).json()) as { total: number }).total).toBe(1);
  // The Arabic original reads right to left, the English beside it left to right.
  await browser.goto(`/claims/${claim.id}`);
  const original = browser.locator('blockquote[lang="ar"]');
  await expect(original).toHaveAttribute('dir', 'auto');
  expect(await original.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  expect(await browser.locator('blockquote:not([lang])').first().evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');

  // A new wording in review leaves the approved one public, until a second reviewer approves it.
  const edited = await editor.patch(`/api/v1/claims/${claim.id}`, { data: { version: 1, statement: `${statement}, again` } });
  expect(edited.status()).toBe(200);
  expect((await editor.post(`/api/v1/claims/${claim.id}/submit`, { data: { version: 2 } })).status()).toBe(200);
  expect(decodeEntities(await (await reader.get(`/claims/${claim.id}`)).text())).not.toContain(`${statement}, again`);
  expect((await reviewer2.post(`/api/v1/claims/${claim.id}/reviews`, { data: { version: 2, decision: 'APPROVE' } })).status()).toBe(201);
  expect(decodeEntities(await (await reader.get(`/claims/${claim.id}`)).text())).toContain(`${statement}, again`);

  const retracted = await reviewer.post(`/api/v1/claims/${claim.id}/reviews`, { data: { version: 2, decision: 'RETRACT', note: 'A test record' } });
  expect(retracted.status()).toBe(201);
  expect(await (await reader.get(`/claims/${claim.id}`)).text()).toMatch(/Retracted on/);
  await Promise.all([editor, reviewer, reviewer2, reader].map((context) => context.dispose()));
});
