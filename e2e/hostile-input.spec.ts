import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { query } from './support/database';
import { hugePayload, linkablePayloads, refusedUrlPayloads, textPayloads, unstorablePayloads } from './support/hostile-payloads';
import { requestAs, signInAs } from './support/sign-in';

// Issue 7, hostile input: known XSS payloads go into every text field that reaches a page, through the write API
// and the desk forms, by an editor and a reviewer whose own names are payloads; a second person approves them;
// then every public and desk page that shows them is loaded in Chromium. No payload may run (the page's
// `__xss` marker stays uncalled), no page may error, no markup may even reach the DOM as markup (the CSP would
// report it), and no link may lead anywhere but http(s). What the app refuses, it refuses with a 400 and a message.

test.describe.configure({ mode: 'serial' });

const tag = randomUUID().slice(0, 8);
const password = 'a hostile but long password';
const accounts = { editor: `hostile-editor-${tag}@e2e.test`, reviewer: `hostile-reviewer-${tag}@e2e.test` };
// The accounts' own names are payloads, so every sign-off and authorship line carries one too.
const names = { editor: '<img src=x onerror=__xss(901)>', reviewer: '<svg onload=__xss(902)>' };

// Search terms go back into the page, in the search box, the results and the highlights.
const searchPayloads = [...textPayloads.filter((_, i) => i % 4 === 0), ...unstorablePayloads];

type Planted = { payload: string; source: string; entity: string; slug: string; claim: string; link?: string };
const records: Planted[] = [];
let editor: APIRequestContext;
let reviewer: APIRequestContext;
let reviewerCookie: string;
let topicSlug: string;
// Figures for the report: requests, form posts and searches that carried a payload, and pages loaded in Chromium.
let attempts = 0;
let pagesLoaded = 0;

/** Signs in over HTTP, from a client address of its own, and returns the session as a Cookie header. */
async function signIn(request: APIRequestContext, baseURL: string, email: string) {
  const response = await request.post('/api/auth/sign-in/email', {
    headers: { origin: baseURL, 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 200) + 20}` },
    data: { email, password },
  });
  expect(response.status(), email).toBe(200);
  return response.headers()['set-cookie'].split('\n').map((cookie) => cookie.split(';')[0]).join('; ');
}

async function write(context: APIRequestContext, method: 'POST' | 'PATCH', path: string, data: unknown, status = method === 'POST' ? 201 : 200) {
  const response = await context.fetch(path, { method, data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(status);
  return response.json();
}

/** Listens on a page for anything a payload could have done. A console error counts too (an injected
 *  `<img src=x>` would log its failed load), except where the browser's own viewer asks for a favicon. */
async function watch(page: Page, { consoleErrors = true } = {}) {
  const incidents: string[] = [];
  page.on('pageerror', (error) => incidents.push(`${page.url()}: page error ${error.message}`));
  page.on('dialog', async (dialog) => {
    incidents.push(`${page.url()}: dialog ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('console', (message) => {
    if (consoleErrors && message.type() === 'error') incidents.push(`${page.url()}: console ${message.text()}`);
  });
  await page.exposeFunction('reportIncident', (text: string) => incidents.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportIncident: (text: string) => void }).reportIncident;
    Object.defineProperty(window, '__xss', { value: (n: number) => report(`${location.pathname}: payload ${n} ran`) });
    // Markup that reached the DOM would try to run, and the Content-Security-Policy would say so.
    document.addEventListener('securitypolicyviolation', (event) => report(`${location.pathname}: CSP blocked ${event.violatedDirective} ${event.sample}`));
  });
  return incidents;
}

/** Loads a page and checks it: rendered, hydrated, every link http(s) or our own, links out with the right rel. */
async function visit(page: Page, path: string, shows?: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  pagesLoaded++;
  // The desk's pages run Next.js's scripts (which set window.next); the public pages send none.
  if (await page.locator('script[src]').count()) await page.waitForFunction(() => 'next' in window, undefined, { timeout: 15_000 });
  if (shows !== undefined) expect(await page.locator('body').textContent(), path).toContain(shows);
  const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, rel: anchor.getAttribute('rel') })));
  const origin = new URL(page.url()).origin;
  for (const link of links) {
    const url = new URL(link.href);
    expect(['http:', 'https:'], `${path}: ${link.href}`).toContain(url.protocol);
    if (url.origin !== origin) expect(link.rel, `${path}: ${link.href}`).toBe('noopener noreferrer nofollow');
  }
}

/** Visits pages a few at a time, each tab watched, and returns everything any of them saw. */
async function visitInTabs(context: BrowserContext, visits: { path: string; shows?: string }[], tabs = 3) {
  const incidents: string[] = [];
  const queue = [...visits];
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await context.newPage();
      const seen = await watch(page);
      for (let next = queue.shift(); next; next = queue.shift()) await visit(page, next.path, next.shows);
      incidents.push(...seen);
      await page.close();
    }),
  );
  return incidents;
}

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(300_000);
  for (const payload of [...textPayloads, ...linkablePayloads, ...Object.values(names)]) expect(payload.length).toBeLessThanOrEqual(100);

  // The two accounts, opened by an administrator through the desk form.
  const page = await browser.newPage();
  await signInAs(page, 'admin@demo.test');
  for (const role of ['editor', 'reviewer'] as const) {
    await page.goto('/desk/admin/users');
    const form = page.getByRole('region', { name: 'Create an account' });
    await form.getByLabel('Name').fill(names[role]);
    await form.getByLabel('Email').fill(accounts[role]);
    await form.getByLabel('Role').selectOption(role.toUpperCase());
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect(form.getByRole('status')).toContainText(accounts[role]);
  }
  await page.close();
  const anonymous = await playwright.request.newContext({ baseURL });
  const editorCookie = await signIn(anonymous, baseURL!, accounts.editor);
  reviewerCookie = await signIn(anonymous, baseURL!, accounts.reviewer);
  await anonymous.dispose();
  editor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: editorCookie, origin: baseURL! } });
  reviewer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: reviewerCookie, origin: baseURL! } });

  const [topic] = await query<{ id: string; slug: string }>(`SELECT id, slug FROM "Topic" ORDER BY slug LIMIT 1`);
  const [relation] = await query<{ key: string }>(`SELECT key FROM "Relation" WHERE NOT exclusive ORDER BY key LIMIT 1`);
  topicSlug = topic.slug;

  // One source, entity and claim per payload, with the payload in each of their text fields; sources form a
  // reporting chain, each claim is about its entity and the next one, and every other pair of claims contradicts.
  let previousSource: string | undefined;
  const entities: { id: string; slug: string }[] = [];
  for (const [i, payload] of textPayloads.entries()) {
    const source = await write(editor, 'POST', '/api/v1/sources', {
      title: payload,
      publisher: payload,
      author: payload,
      url: `https://example.org/xss/${tag}/${i}`,
      archiveUrl: linkablePayloads[i % linkablePayloads.length],
      kind: 'NEWS_REPORT',
      grade: 'C',
      gradeNote: payload,
      snapshot: payload,
      derivedFromId: previousSource,
      correctionKind: 'CORRECTED',
      correctedAt: '2015-01-02',
      correctionNote: payload,
    });
    previousSource = source.id;
    const entity = await write(editor, 'POST', '/api/v1/entities', { name: payload, kind: 'ORGANIZATION', description: payload, aliases: [{ alias: `${payload} (alias)`, note: payload }] });
    entities.push({ id: entity.id, slug: entity.slug });
    records.push({ payload, source: source.id, entity: entity.id, slug: entity.slug, claim: '' });
  }
  for (const [i, record] of records.entries()) {
    const claim = await write(editor, 'POST', '/api/v1/claims', {
      statement: record.payload,
      claimantId: record.entity,
      subjectId: record.entity,
      relation: relation.key,
      objectId: entities[(i + 1) % entities.length].id,
      polarity: 'AFFIRMS',
      claimedAt: '2015-01-01',
      credibility: 3,
      credibilityNote: record.payload,
      topicIds: [topic.id],
      citations: [
        {
          sourceId: record.source,
          quote: record.payload,
          originalQuote: record.payload,
          originalLanguage: 'ar',
          translation: record.payload,
          translator: record.payload,
          locator: record.payload,
          attributedTo: record.payload,
        },
      ],
    });
    record.claim = claim.id;
    await write(editor, 'POST', `/api/v1/claims/${claim.id}/submit`, { version: claim.version }, 200);
  }
  for (let i = 0; i + 1 < records.length; i += 2) {
    const link = await write(editor, 'POST', '/api/v1/links', {
      claimAId: records[i].claim,
      claimBId: records[i + 1].claim,
      kind: 'CONTRADICTS',
      note: records[i].payload,
      resolution: 'BOTH_PARTLY',
      resolutionNote: records[i + 1].payload,
    });
    records[i].link = link.id;
    await write(editor, 'POST', `/api/v1/links/${link.id}/submit`, { version: link.version }, 200);
  }
  attempts += records.length * 3 + records.filter((record) => record.link).length + Object.keys(names).length;
});

test.afterAll(async () => {
  await editor?.dispose();
  await reviewer?.dispose();
  const distinct = new Set([...textPayloads, ...linkablePayloads, ...refusedUrlPayloads, ...unstorablePayloads, hugePayload, ...Object.values(names)]).size + 1; // + the bytes that are not UTF-8
  console.log(`hostile input: ${distinct} payloads in ${attempts} requests, form posts and searches; ${pagesLoaded} pages loaded`);
});

test('the write API refuses what it cannot store or link, each time with a 400 and a message', async ({ page }) => {
  test.setTimeout(120_000);
  const base = { title: 'A refused source', publisher: 'Probe', kind: 'BLOG', grade: 'C' };
  const refused = async (path: string, body: unknown, field: string) => {
    const response = await editor.post(path, { data: body });
    expect(response.status(), `${path} ${JSON.stringify(body).slice(0, 80)}`).toBe(400);
    const { error } = await response.json();
    expect(error.message).toMatch(/\w/);
    expect(error.fields[field], `${field} in ${JSON.stringify(error.fields)}`).toEqual([expect.stringMatching(/\w/)]);
    attempts++;
  };
  const sourceCount = (await query<{ n: number }>('SELECT count(*)::int AS n FROM "Source"'))[0].n;
  for (const url of refusedUrlPayloads) {
    await refused('/api/v1/sources', { ...base, url }, 'url');
    await refused('/api/v1/sources', { ...base, archiveUrl: url }, 'archiveUrl');
  }
  for (const payload of unstorablePayloads) {
    for (const field of ['title', 'publisher', 'author', 'gradeNote', 'snapshot']) await refused('/api/v1/sources', { ...base, [field]: payload }, field);
    await refused('/api/v1/entities', { name: payload, kind: 'PERSON' }, 'name');
    await refused('/api/v1/entities', { name: 'Probe', kind: 'PERSON', aliases: [{ alias: payload }] }, 'aliases.0.alias');
    await refused('/api/v1/claims', { statement: payload, claimedAt: '2015-01-01', credibility: 3 }, 'statement');
    await refused('/api/v1/claims', { statement: 'Probe', claimedAt: '2015-01-01', credibility: 3, citations: [{ sourceId: records[0].source, quote: payload }] }, 'citations.0.quote');
    await refused('/api/v1/links', { claimAId: records[0].claim, claimBId: records[2].claim, kind: 'SUPPORTS', note: payload }, 'note');
  }
  // 100 kB: over every field's limit, except the stored text of a source, which keeps it.
  await refused('/api/v1/sources', { ...base, title: hugePayload }, 'title');
  await refused('/api/v1/claims', { statement: hugePayload, claimedAt: '2015-01-01', credibility: 3 }, 'statement');
  await refused('/api/v1/entities', { name: 'Probe', kind: 'PERSON', description: hugePayload }, 'description');
  const huge = await write(editor, 'POST', '/api/v1/sources', { ...base, title: 'A source with 100 kB of stored markup', snapshot: hugePayload });
  expect((await query<{ n: number }>('SELECT length(snapshot)::int AS n FROM "Source" WHERE id = $1', [huge.id]))[0].n).toBe(100_000);
  attempts++;
  // Bytes that are not UTF-8.
  const response = await editor.post('/api/v1/sources', { headers: { 'content-type': 'application/json' }, data: Buffer.concat([Buffer.from('{"title": "AQIM '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]) });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toBe('The body is not valid UTF-8');
  attempts++;
  expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM "Source"'))[0].n).toBe(sourceCount + 1);
  const incidents = await watch(page);
  await signInAs(page, 'editor2@demo.test');
  await visit(page, `/desk/sources/${huge.id}`);
  expect(incidents).toEqual([]);
});

test('the desk forms keep hostile text as written, and refuse what cannot be stored next to the field', async ({ page }) => {
  test.setTimeout(180_000);
  const incidents = await watch(page);
  await signInAs(page, 'editor2@demo.test');
  const formPayloads = textPayloads.filter((_, i) => i % 6 === 0);
  for (const payload of formPayloads) {
    await page.goto('/desk/sources/new');
    await page.getByLabel('Title').fill(payload);
    await page.getByLabel('Publisher').fill(payload);
    await page.getByLabel('Author').fill(payload);
    await page.getByLabel('Reliability note').fill(payload);
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect(page).toHaveURL(/\/desk\/sources\/[0-9a-f-]+\?saved=1$/);
    pagesLoaded++;
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const [stored] = await query<{ title: string; publisher: string; author: string; gradeNote: string }>('SELECT title, publisher, author, "gradeNote" FROM "Source" WHERE id = $1', [id]);
    expect(stored).toEqual({ title: payload.trim(), publisher: payload.trim(), author: payload.trim(), gradeNote: payload.trim() });

    await page.goto('/desk/entities/new');
    await page.getByLabel('Name').fill(payload);
    await page.getByLabel('Description').fill(payload);
    await page.getByRole('button', { name: 'Add entity' }).click();
    await expect(page).toHaveURL(/\/desk\/entities\/[0-9a-f-]+\?saved=1$/);
    pagesLoaded++;
    attempts++;
  }

  // A NUL typed or pasted into a form, and an address that is not http(s): a message at the field, nothing saved.
  const before = (await query<{ n: number }>('SELECT count(*)::int AS n FROM "Source"'))[0].n;
  await page.goto('/desk/sources/new');
  await page.getByLabel('Title').fill(unstorablePayloads[0]);
  await page.getByLabel('Publisher').fill('Probe');
  await page.getByLabel('URL').fill(refusedUrlPayloads[0]);
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByText('Remove the NUL or broken character in this text')).toBeVisible();
  await expect(page.getByText('Enter an http:// or https:// address')).toBeVisible();
  expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM "Source"'))[0].n).toBe(before);
  attempts += 2;

  // A personal token named with a payload, on the settings page.
  await page.goto('/desk/settings');
  await page.getByLabel('Token name').fill(textPayloads[0]);
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByRole('textbox', { name: 'New token' })).toBeVisible();
  await visit(page, '/desk/settings', textPayloads[0]);
  attempts++;
  expect(incidents).toEqual([]);
});

test('the review queue and review pages show the payloads inert, to the reviewer who decides', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const host = new URL(baseURL!).hostname;
  await page.context().addCookies(reviewerCookie.split('; ').map((pair) => {
    const [name, ...value] = pair.split('=');
    return { name, value: value.join('='), domain: host, path: '/', httpOnly: true, sameSite: 'Lax' as const };
  }));
  // The queue shows 50 at a time, oldest first: filtered to the hostile editor, its first page starts with records[0].
  const [{ id: editorId }] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [accounts.editor]);
  const incidents = await visitInTabs(page.context(), [
    { path: `/desk/review?${new URLSearchParams({ editor: editorId })}`, shows: records[0].payload.trim() },
    ...records.flatMap((record) => [
      { path: `/desk/review/claims/${record.claim}`, shows: record.payload.trim() },
      ...(record.link ? [{ path: `/desk/review/links/${record.link}`, shows: record.payload.trim() }] : []),
    ]),
  ]);
  expect(incidents).toEqual([]);

  // Four eyes: the reviewer, not the editor who wrote them, approves everything, with a payload as the note.
  for (const record of records) {
    const [{ version }] = await query<{ version: number }>('SELECT version FROM "Claim" WHERE id = $1', [record.claim]);
    await write(reviewer, 'POST', `/api/v1/claims/${record.claim}/reviews`, { version, decision: 'APPROVE', note: record.payload });
    attempts++;
  }
  for (const record of records.filter((record) => record.link)) {
    const [{ version }] = await query<{ version: number }>('SELECT version FROM "ClaimLink" WHERE id = $1', [record.link]);
    await write(reviewer, 'POST', `/api/v1/links/${record.link}/reviews`, { version, decision: 'APPROVE', note: record.payload });
    attempts++;
  }
});

test('every public page that shows them keeps them inert', async ({ page }) => {
  test.setTimeout(600_000);
  const incidents = await visitInTabs(page.context(), [
    { path: '/' },
    { path: '/sources', shows: records[0].payload.trim() },
    { path: `/topics/${topicSlug}`, shows: records[0].payload.trim() },
    ...records.flatMap((record) => [
      { path: `/claims/${record.claim}`, shows: record.payload.trim() },
      { path: `/sources/${record.source}`, shows: record.payload.trim() },
      { path: `/entities/${record.slug}`, shows: record.payload.trim() },
      ...(record.link ? [{ path: `/contradictions/${record.link}`, shows: record.payload.trim() }] : []),
    ]),
    ...searchPayloads.map((payload) => ({ path: `/search?${new URLSearchParams({ q: payload })}` })),
    // Words the payloads share, so the results list and highlight them.
    ...['onerror', 'script', 'svg onload', 'القاعدة'].map((q) => ({ path: `/search?${new URLSearchParams({ q })}` })),
  ]);
  attempts += searchPayloads.length;
  // The feed, as Chromium shows XML, and the API's answers, as a browser displays JSON.
  const seen = await watch(page, { consoleErrors: false });
  for (const path of ['/feed.xml', '/api/v1/claims?limit=100', `/api/v1/claims/${records[0].claim}`, '/api/v1/contradictions?limit=100']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    pagesLoaded++;
  }
  // Addresses are linked only as http(s), escaped.
  await visit(page, `/sources/${records[0].source}`);
  const archived = page.getByRole('link', { name: 'An archived copy' });
  await expect(archived).toHaveAttribute('href', new URL(linkablePayloads[0]).href);
  await expect(archived).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  expect([...incidents, ...seen]).toEqual([]);
});

test('every desk page that shows them keeps them inert, searches included', async ({ page }) => {
  test.setTimeout(600_000);
  await signInAs(page, 'admin@demo.test');
  const incidents = await visitInTabs(page.context(), [
    { path: '/desk/sources', shows: records[0].payload.trim() },
    { path: '/desk/entities' },
    { path: '/desk/admin/users', shows: names.editor },
    { path: '/desk/admin/audit' },
    ...records.flatMap((record) => [
      { path: `/desk/claims/${record.claim}`, shows: record.payload.trim() },
      { path: `/desk/claims/${record.claim}/history`, shows: record.payload.trim() },
      { path: `/desk/sources/${record.source}`, shows: record.payload.trim() },
      { path: `/desk/entities/${record.entity}`, shows: record.payload.trim() },
      ...(record.link ? [{ path: `/desk/links/${record.link}`, shows: record.payload.trim() }] : []),
    ]),
    ...searchPayloads.flatMap((payload) => [
      { path: `/desk/sources?${new URLSearchParams({ q: payload, publisher: payload })}` },
      { path: `/desk/entities?${new URLSearchParams({ q: payload })}` },
      { path: `/desk/review?${new URLSearchParams({ editor: payload })}` },
      { path: `/desk/admin/audit?${new URLSearchParams({ targetId: payload, action: payload })}` },
      { path: `/sign-in?${new URLSearchParams({ next: payload })}` },
    ]),
  ]);
  attempts += searchPayloads.length;
  expect(incidents).toEqual([]);
});

test('an address no record can have is a 404, never a 500', async ({ baseURL }) => {
  const admin = await requestAs(baseURL!, 'admin@demo.test');
  const failures: string[] = [];
  for (const id of ['%00', 'aqim%00', "'%20OR%201=1--", '%3Cscript%3E__xss(70)%3C%2Fscript%3E', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(2_000)]) {
    for (const path of ['/claims', '/contradictions', '/sources', '/entities', '/topics', '/desk/claims', '/desk/sources', '/desk/entities', '/desk/links', '/desk/review/claims', '/desk/review/links']) {
      const response = await admin.get(`${path}/${id}`, { maxRedirects: 0 });
      attempts++;
      if (response.status() !== 404) failures.push(`${path}/${id.slice(0, 40)}: ${response.status()}`);
    }
  }
  await admin.dispose();
  expect(failures).toEqual([]);
});
